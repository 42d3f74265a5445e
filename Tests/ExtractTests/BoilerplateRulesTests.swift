import Model
import Testing
@testable import Extract

/// Class/id verdicts, including responsive and partial visibility classes.
@Suite struct BoilerplateRulesTests {
    let rules = BoilerplateRules.shared

    func isBoilerplate(_ classes: String) -> Bool {
        if case .boilerplate = rules.verdict(Array(classes.utf8)) { return true }
        return false
    }

    @Test func hiddenElementsAreBoilerplate() {
        for classes in ["hidden", "is-hidden", "js-hide", "u-hidden", "visually-hidden", "share-bar"] {
            #expect(isBoilerplate(classes), "\(classes)")
        }
    }

    @Test func authorBiosRepublishingNoticesAndDonationAppealsAreBoilerplate() {
        for classes in ["author bio", "republish-notice", "donation-appeal", "donate"] {
            #expect(isBoilerplate(classes), "\(classes)")
        }
        #expect(!isBoilerplate("biography-text"))
    }

    @Test func modalsAndPopupsGoEvenWhenTextRich() {
        let sentence = "The harbour authority approved the new quay on Monday, after a long debate about costs and tides. "
        let legal = String(repeating: "Financing is subject to credit approval and the terms of the lender, see the offer. ", count: 8)
        let html = """
        <html><body><div class="page"><h1>New quay</h1><div class="text">\(String(repeating: "<p>\(sentence)</p>", count: 8))</div>
        <div class="region-modals"><div class="legal-modal">\(legal)</div></div></div></body></html>
        """
        let text = ArticleExtractor(latestDate: CalendarDate(year: 2030, month: 1, day: 1)).extract(html: html).text
        #expect(text.contains("harbour authority"))
        #expect(!text.contains("Financing is subject"))
    }

    @Test func googlesNoContentMarkIsBoilerplate() {
        #expect(isBoilerplate("region nocontent"))
        #expect(!isBoilerplate("content"))
    }

    @Test func removeTokensInsideBuilderClassNamesAreBoilerplate() {
        // A theme or page-builder prefix before the widget name, a part suffix after it.
        for classes in ["elementor-author-box__name", "plp-list__side-bar", "td-trending-now-wrapper", "x-related-posts", "post__tags-wrap", "common-bottom-disclaimer__item", "pdp-upsell-panel"] {
            #expect(isBoilerplate(classes), "\(classes)")
        }
        // Parts that are not remove tokens, visibility words in the middle, short parts.
        for classes in ["elementor-post__text", "field--label-hidden-x", "entry-content-wrap", "x-ad-y",
                        "decoration-skip-ink-none", "layout-has-trending-right", "x-popular-content", "profile-banner--card"] {
            #expect(!isBoilerplate(classes), "\(classes)")
        }
    }

    @Test func responsiveAndPartialVisibilityClassesAreNot() {
        // Hidden at some breakpoints only (the other copy shows elsewhere), or only the field's label is hidden.
        for classes in ["description hidden-md-down", "hidden-xs", "mobile-hidden", "copy hidden-up-md",
                        "field field--label-hidden field__item", "hide-desktop"] {
            #expect(!isBoilerplate(classes), "\(classes)")
        }
    }
}
