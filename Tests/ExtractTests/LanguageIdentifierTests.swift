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
}
