import Testing
@testable import Analyze
@testable import Model

/// Fixtures are our own sentences (no evaluation texts).
@Suite struct QuantityTaggerTests {
    func run(_ text: String) -> [(text: String, quantity: Quantity)] {
        taggedQuantities(text, published: CalendarDate(year: 2022, month: 2, day: 1))
    }

    @Test func countedNounsAndHedges() {
        let found = run("The army massed approximately 150,000 troops near the border.")
        #expect(found.count == 1)
        #expect(found.first?.text == "approximately 150,000 troops")
        #expect(found.first?.quantity.value == 150_000)
        #expect(found.first?.quantity.unit == "troops")
        #expect(found.first?.quantity.hedge == "approximately")
    }

    @Test func describesWhatTheSentenceSays() {
        let killed = run("The flood has killed more than 2,400 people in the valley.").first
        #expect(killed?.quantity.value == 2_400)
        #expect(killed?.quantity.hedge == "more than")
        #expect(killed?.quantity.describes == "killed")
        let displaced = run("Officials said over three million have been displaced.").first
        #expect(displaced?.quantity.value == 3_000_000)
        #expect(displaced?.quantity.describes == "displaced")
    }

    @Test func moneyPercentAndScales() {
        let found = run("The fund raised $1.2bn, about 60% of its goal, and spent €40 million.")
        #expect(found.map(\.quantity.value) == [1_200_000_000, 60, 40_000_000])
        #expect(found.map(\.quantity.unit) == ["dollar", "percent", "euro"])
        #expect(found[1].quantity.hedge == "about")
    }

    @Test func ranges() {
        let minutes = run("The ferry takes 5-10 minutes.").first
        #expect(minutes?.quantity.value == 5)
        #expect(minutes?.quantity.high == 10)
        #expect(minutes?.quantity.unit == "minute")
        let money = run("Tickets cost between $10 and $15 billion in total.").first
        #expect(money?.quantity.value == 10_000_000_000)
        #expect(money?.quantity.high == 15_000_000_000)
    }

    @Test func wordNumbersAndUnits() {
        let found = run("Two million visitors walked 12 km in twenty-four hours.")
        #expect(found.map(\.quantity.value) == [2_000_000, 12, 24])
        #expect(found.map(\.quantity.unit) == ["visitors", "kilometre", "hour"])
    }

    @Test func yearsDatesAndLabelsAreNotQuantities() {
        #expect(run("The alliance grew to 30 nations in 2004.").map(\.quantity.value) == [30])
        #expect(run("On January 12 the Game 2 recap aired on iPhone 11.").isEmpty)
    }

    @Test func bareNumbersOnlyOnRequest() {
        let text = "He scored 3 of 7."
        #expect(QuantityTagger().quantities(in: text).isEmpty)
        #expect(QuantityTagger(includeBareNumbers: true).quantities(in: text).map(\.value) == [3, 7])
    }

    /// (text, value, high, unit) of each quantity, for compact expectations.
    func summary(_ text: String) -> [String] {
        run(text).map { item in
            let high = item.quantity.high.map { "–\(format($0))" } ?? ""
            return "\(item.text)=\(format(item.quantity.value))\(high) \(item.quantity.unit ?? "-")"
        }
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 1e6).rounded() / 1e6
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int64(rounded)) : String(rounded)
    }

    @Test func ordersOfMagnitudeInPluralNumberWords() {
        #expect(summary("Tens of thousands of residents fled and hundreds of miles of road flooded.")
            == ["Tens of thousands of residents=10000–100000 residents", "hundreds of miles=100–1000 mile"])
        #expect(summary("Dozens of volunteers came.") == ["Dozens of volunteers=12–120 volunteers"])
        // a plural number word after a number is that number's scale, not an order of magnitude
        #expect(summary("The firm lost 3 millions of euros.").first?.hasPrefix("3 millions") == true)
    }

    @Test func stockIndexLevelsTakePointsFromTheSentence() {
        #expect(summary("The Hang Seng lost 120.5 points to 17,402.35.")
            == ["120.5 points=120.5 points", "17,402.35=17402.35 points"])
        // without points in the sentence a level stays without unit
        #expect(summary("The index gained 0.4% to 3,210.50.") == ["0.4%=0.4 percent", "3,210.50=3210.5 -"])
    }

    @Test func percentChangeThenLevelIsNoRange() {
        #expect(summary("The stock rose 4.2% to 18.40 on Monday.") == ["4.2%=4.2 percent", "18.40=18.4 -"])
        #expect(summary("Rents rose 4% to 6% this year.") == ["4% to 6%=4–6 percent"])
    }

    @Test func spacedOneLetterUnits() {
        #expect(summary("Shares fell 12 p at 240 p, their lowest.") == ["12 p=12 p", "240 p=240 p"])
        #expect(summary("The talks end at 5 p.m. today.").isEmpty)
    }

    @Test func ratesAfterUnitsAndCounts() {
        #expect(summary("Water costs $3 per cubic metre.") == ["$3 per cubic metre=3 dollar per cubic metre"])
        #expect(summary("The lab runs 4,000 tests a day.") == ["4,000 tests a day=4000 tests per day"])
        #expect(summary("Profit was $2 billion a year earlier.") == ["$2 billion=2000000000 dollar"])
        #expect(summary("They built a 60,000 barrel-a-day plant.") == ["60,000 barrel-a-day=60000 barrel per day"])
        #expect(summary("The fee is £15 a-year.") == ["£15 a-year=15 pound sterling per year"])
        // a rate after a bracketed conversion applies to the first amount
        #expect(summary("They offered C$8 (US$6) per share.").first == "C$8=8 canadian dollar per share")
        #expect(summary("She pays a $900 a month rent.") == ["$900 a month=900 dollar per month"])
        #expect(summary("A field of 3 kV/cm was applied.") == ["3 kV/cm=3 kilovolt per centimetre"])
    }

    @Test func hyphensThatAreNotMinusSigns() {
        #expect(summary("Chips at sub-5 nanometre scale.") == ["5 nanometre=5 nanometre"])
        #expect(summary("Her now-14 month-old son smiled.") == ["14 month-old=14 month"])
        #expect(summary("They ordered thousands of COVID -19 kits.").allSatisfy { !$0.contains("-19") })
    }

    @Test func suspendedHyphenListsShareTheUnit() {
        #expect(summary("It comes with three-, four- and five-door bodies.")
            == ["three-=3 door", "four-=4 door", "five-door=5 door"])
        #expect(summary("Pick a 10- or 12-inch pan.") == ["10-=10 inch", "12-inch=12 inch"])
    }

    @Test func rangesAndPartsOfAmounts() {
        #expect(summary("Flats range from 40 sq m up to 95 sq m in size.") == ["40 sq m up to 95 sq m=40–95 square metre"])
        #expect(summary("Output rose from 310 to 356 last quarter.") == ["310 to 356=310–356 -"])
        #expect(summary("He has raised 300 million of the 2 billion euros he needs.")
            == ["300 million=300000000 euro", "2 billion euros=2000000000 euro"])
    }

    @Test func possessivesLabelsAndMetres() {
        #expect(summary("The iPhone 15's camera is better.").isEmpty)
        #expect(summary("Sales of the iPhone 15 Pro models rose.").isEmpty)
        #expect(summary("They shipped 40,000 Model 3 cars.") == ["40,000=40000 -"])
        #expect(summary("A 40m (131ft) tower stands there.").first == "40m=40 metre")
        #expect(summary("It sold 12m of its phones.").first == "12m=12000000 -")
    }

    @Test func countedNounsAfterMoreAndCompoundNouns() {
        #expect(summary("With nine more picks they rebuilt.") == ["nine more picks=9 picks"])
        #expect(summary("They moved 4.1 million shipping containers.") == ["4.1 million shipping containers=4100000 shipping containers"])
    }

    @Test func unitsWrittenInCapitalsOnly() {
        #expect(summary("He was worth 2.5 WAR last season.") == ["2.5 WAR=2.5 win above replacement"])
        #expect(summary("Prices rose 18 sen to 4.10 ringgit.").first == "18 sen=18 sen")
    }

    @Test func scientificNotation() {
        #expect(summary("A grain weighs about 6.5×10−5 kilograms.") == ["about 6.5×10−5 kilograms=6.5e-05 kilogram"])
        #expect(QuantityTagger(includeBareNumbers: true).quantities(in: "It is 4.2x10^3.").map(\.value) == [4200])
        // a product without an exponent stays two numbers
        #expect(QuantityTagger(includeBareNumbers: true).quantities(in: "a 5 x 10 grid").map(\.value) == [5, 10])
    }

    @Test func fractionsOfScaleWords() {
        let values = { (text: String) in QuantityTagger(includeBareNumbers: true).quantities(in: text).map(\.value) }
        #expect(values("They raised seven million and three quarters") == [7_750_000])
        #expect(values("It cost two billion and a half million") == [2_000_500_000])
        #expect(values("He counted four and a half million ballots").first == 4_500_000)
        #expect(values("three million and two fifths") == [3_400_000])
    }

    @Test func fractionsAndMultiplesOfOneScaleWord() {
        let first = { (text: String) in QuantityTagger().quantities(in: text).first }
        let half = first("The floods left about half a million people homeless.")
        #expect(half?.value == 500_000)
        #expect(half?.hedge == "about")
        #expect(first("Nearly a quarter of a million tourists came.")?.value == 250_000)
        #expect(first("Officials counted a third of a million ballots.")?.value.rounded() == 333_333)
        #expect(first("Some three quarters of a billion dollars was lost.")?.value == 750_000_000)
        #expect(first("The camp holds 1.5 million refugees.")?.value == 1_500_000)
        #expect(first("The city has a million and a half residents.")?.value == 1_500_000)
        #expect(first("She bought half a dozen eggs.")?.value == 6)
        let range = first("Between 200,000 and a quarter of a million people fled.")
        #expect(range?.value == 200_000)
        #expect(range?.high == 250_000)
        // "45-50,000": the low end shares the high end's thousands; "50 ,000": a stray space before the separator
        let shared = first("Officials said 45-50,000 people had died.")
        #expect(shared?.value == 45_000)
        #expect(shared?.high == 50_000)
        let spaced = first("As many as 50,000-100 ,000 people were feared dead.")
        #expect(spaced?.value == 50_000)
        #expect(spaced?.high == 100_000)
        #expect(first("Between 5 and 50,000 fans came.")?.value == 5)
        // a fraction of something else stays a fraction, not a scaled count
        #expect(first("A quarter of a mile of road washed away.")?.value != 250_000)
    }

    @Test func spacedDimensionsFeetAndInchesAndLetterNames() {
        #expect(summary("The slab is 3 m x 4 m.") == ["3 m=3 metre", "4 m=4 metre"])
        #expect(summary("She is 5 ft 4 in tall.") == ["5 ft 4 in=5.333333 foot"])
        #expect(summary("They sold 90,000 F-Series trucks.").allSatisfy { !$0.contains("fahrenheit") })
        #expect(summary("It ships with a 20 W USB-C charger.") == ["20 W=20 watt"])
    }

    @Test func signedAmountsCapitalScalesAndMetricHorsepower() {
        #expect(summary("The deficit widened to $-12.5bn in May.") == ["$-12.5bn=-12500000000 dollar"])
        #expect(summary("The region has about 2 B residents.") == ["about 2 B residents=2000000000 residents"])
        #expect(summary("The engine makes 150 PS at full throttle.") == ["150 PS=150 horsepower"])
        // a capital letter before a name stays a letter
        #expect(summary("He drove 3 B Street cars.").allSatisfy { !$0.contains("3000000000") })
    }

    @Test func borrowedCountsRatesAndVerbsAfterNouns() {
        #expect(summary("Police logged 31 thefts last month, against an average of 25 per month before.")
            == ["31 thefts=31 thefts", "25 per month=25 thefts per month"])
        #expect(summary("There are 41200 people waiting for one to three years and 77300 who waited longer.").last
            == "77300=77300 people")
        #expect(summary("But 23 corners shows it was one-sided.") == ["23 corners=23 corners"])
        #expect(summary("There is one clear reason that matters.") == ["one clear reason=1 clear reason"])
        #expect(summary("Only one man says so.").allSatisfy { !$0.contains("says") })
    }

    @Test func spaceGroupedDigitsHundredsAndFractionsAfterAnd() {
        let values = { (text: String) in QuantityTagger(includeBareNumbers: true).quantities(in: text).map(\.value) }
        #expect(values("The city has 2 345 678 residents.") == [2_345_678])
        #expect(values("About 75\u{202F}000 came.") == [75_000])
        #expect(values("It cost hundred thousand dollars") == [100_000])
        #expect(values("four hundred and three quarters") == [400.75])
        #expect(values("The bill came to 4.5 k") == [4_500])
        // a four-digit year does not start a group
        #expect(summary("Since 2019 300 people moved in.").last == "300 people=300 people")
    }

    @Test func rangesAcrossATimePhraseAndIndexNames() {
        #expect(summary("Fares went from $12 in 2019 to $19 in 2023.") == ["$12 in 2019 to $19=12–19 dollar"])
        // different units or a clause mark between stay apart
        #expect(summary("It fell from $12 at noon, then rose to 15% later.").count == 2)
        #expect(summary("In the S P 500 banks led.").isEmpty)
    }

    @Test func compoundAndLargeDenominators() {
        let values = { (text: String) in QuantityTagger(includeBareNumbers: true).quantities(in: text).map(\.value) }
        #expect(values("a forty-first") == [1.0 / 41])
        #expect(values("five thirty-sevenths") == [5.0 / 37])
        #expect(values("a billionth") == [1e-9])
        #expect(values("ten and a fiftieth") == [10.02])
        // an ordinal adjective is not a fraction
        #expect(values("a twenty-first-century city").allSatisfy { $0 != 1.0 / 21 })
    }
}
