import Testing
@testable import Ingest

struct InputDateTests {
    @Test func normalisesCommonForms() {
        #expect(InputDate.isoDay(from: "2021-12-23") == "2021-12-23")
        #expect(InputDate.isoDay(from: "2021-12-23T10:00:00+03:00") == "2021-12-23")
        #expect(InputDate.isoDay(from: "Thu, 23 Dec 2021 10:00:00 GMT") == "2021-12-23")
        #expect(InputDate.isoDay(from: "5 Feb 22 10:00 +0000") == "2022-02-05")
        #expect(InputDate.isoDay(from: "yesterday") == nil)
        #expect(InputDate.isoDay(from: "31 Feb 2022") == nil)
    }

    @Test func siteNames() {
        #expect(SiteName.domain(ofURL: "https://www.Gazette.example:8080/a?b") == "gazette.example")
        #expect(SiteName.domain(ofURL: "not a url") == nil)
    }

    @Test func byteCounts() {
        #expect(ByteCount.parse("32MB") == 32 << 20)
        #expect(ByteCount.parse("1.5k") == 1536)
        #expect(ByteCount.parse("100") == 100)
        #expect(ByteCount.parse("lots") == nil)
    }
}
