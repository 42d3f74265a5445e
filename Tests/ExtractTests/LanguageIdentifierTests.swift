import Testing
@testable import Extract

@Suite struct LanguageIdentifierTests {
    @Test(arguments: [
        ("The government said on Tuesday that the talks would continue in the capital next week.", "en"),
        ("El gobierno dijo el martes que las conversaciones continuarán la próxima semana en la capital.", "es"),
        ("Le gouvernement a déclaré mardi que les discussions se poursuivront la semaine prochaine dans la capitale.", "fr"),
        ("Die Regierung sagte am Dienstag, dass die Gespräche in der nächsten Woche in der Hauptstadt fortgesetzt werden.", "de"),
        ("Правительство заявило во вторник, что переговоры продолжатся на следующей неделе в столице.", "ru"),
        ("Уряд заявив у вівторок, що переговори продовжаться наступного тижня у столиці, і делегації вже прибули.", "uk"),
        ("قالت الحكومة يوم الثلاثاء إن المحادثات ستستمر في العاصمة الأسبوع المقبل.", "ar"),
        ("De regering zei dinsdag dat de gesprekken volgende week in de hoofdstad worden voortgezet.", "nl"),
        ("Il governo ha detto martedì che i colloqui continueranno la prossima settimana nella capitale.", "it"),
        ("O governo disse na terça-feira que as negociações vão continuar na próxima semana na capital.", "pt"),
    ])
    func identifies(text: String, language: String) {
        #expect(LanguageIdentifier.shared.identify(text) == language)
    }

    @Test func thinEvidenceGivesNothing() {
        #expect(LanguageIdentifier.shared.identify("Zxq") == nil)
    }

    /// Text whose words are ASCII takes a byte path; it must name the same language as the scalar path (seeded mixes
    /// of stopwords, other words, ASCII and non-ASCII punctuation, non-ASCII letters and marks, digits and case).
    @Test func bytePathAgreesWithTheScalarPath() {
        let identifier = LanguageIdentifier.shared
        let pieces = ["the", "and", "of", "de", "la", "le", "et", "der", "die", "und", "het", "een", "il", "che", "o", "que",
                      "em", "não", "council", "Stadt", "casa", "THE", "De", "42", ",", ".", "-", "'s", "x", "don't", "e-mail",
                      "’", "“", "”", "—", "\u{A0}", "…", "«", "€", "café", "e\u{301}", "ß", "İ", "Ⓐ", "та", "في", "👍"]
        var random = SeededRandom(seed: 0xC0FF_EE12_3456_789A)
        func next() -> Int { random.next() }
        var named = 0
        for round in 0..<3000 {
            var text = ""
            for _ in 0..<(next() % 30) { text += pieces[next() % pieces.count] + [" ", "", "  ", "\n", ", "][next() % 5] }
            let limit = round % 3 == 0 ? 5 : 400
            #expect(identifier.identify(text, maxWords: limit) == identifier.unicodeIdentify(text, maxWords: limit), "\(text)")
            named += identifier.identify(text, maxWords: limit) == nil ? 0 : 1
        }
        #expect(named > 500)
    }
}
