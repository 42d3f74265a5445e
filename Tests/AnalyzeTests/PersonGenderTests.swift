import Testing
@testable import Analyze

@Suite struct PersonGenderTests {
    let genders = PersonGender.shared

    @Test func aGivenNameTellsTheGender() {
        #expect(genders.gender(name: "Mary Okafor", aliases: [], roles: []) == "f")
        #expect(genders.gender(name: "John Okafor", aliases: [], roles: []) == "m")
    }

    @Test func aLoneSurnameTellsNothing() {
        // "Owen" is also a given name, but alone it may be a surname
        #expect(genders.gender(name: "Owen", aliases: [], roles: []) == nil)
    }

    @Test func titlesAndRoleNounsTellTheGender() {
        #expect(genders.gender(name: "Pickering", aliases: ["Mrs Pickering"], roles: []) == "f")
        #expect(genders.gender(name: "Dale Ferris", aliases: [], roles: ["company spokesman"]) == "m")
    }

    @Test func conflictingEvidenceTellsNothing() {
        #expect(genders.gender(name: "Mary Okafor", aliases: ["Mr Okafor"], roles: []) == nil)
        #expect(PersonGender.agrees("f", with: nil))
        #expect(!PersonGender.agrees("f", with: "m"))
    }
}
