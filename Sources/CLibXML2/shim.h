#ifndef STORYLINE_CLIBXML2_SHIM_H
#define STORYLINE_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// ICU types (UErrorCode) clash with Foundation's; we never use libxml2's ICU paths.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>
#include <libxml/parserInternals.h>

/// xmlFree is a function pointer variable in libxml2; Swift cannot call it directly.
static inline void storyline_xmlFree(void *pointer) { xmlFree(pointer); }
#endif
