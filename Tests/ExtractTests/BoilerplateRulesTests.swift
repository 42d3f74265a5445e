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

    @Test func googlesNoContentMarkIsBoilerplate() {
        #expect(isBoilerplate("region nocontent"))
        #expect(!isBoilerplate("content"))
    }

    @Test func removeTokensInsideBuilderClassNamesAreBoilerplate() {
        // A theme or page-builder prefix before the widget name, a part suffix after it.
        for classes in ["elementor-author-box__name", "plp-list__side-bar", "td-trending-now-wrapper", "x-related-posts", "post__tags-wrap", "common-bottom-disclaimer__item"] {
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
