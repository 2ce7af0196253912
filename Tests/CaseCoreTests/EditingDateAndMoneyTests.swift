import Testing
@testable import CaseCore

@Suite struct EditingDateAndMoneyTests {
    static let today = Day(year: 2026, month: 1, day: 31)!

    @Test(arguments: [
        ("2026-03-01", "2026-03-01"), ("today", "2026-01-31"), (" Today ", "2026-01-31"),
        ("yesterday", "2026-01-30"), ("tomorrow", "2026-02-01"), ("+28d", "2026-02-28"),
        ("-1w", "2026-01-24"), ("+2w", "2026-02-14"), ("+1m", "2026-02-28"), ("-2m", "2025-11-30"),
        ("+1y", "2027-01-31"), ("+10", "2026-02-10"), ("-0d", "2026-01-31"),
    ])
    func datesAreRead(text: String, expected: String) {
        #expect(DateExpression.parse(text, today: Self.today)?.iso == expected)
    }

    @Test(arguments: ["", "28", "2026-02-30", "next week", "+d", "+1x", "1w", "+1234567d", "2026-1-5"])
    func nonDatesAreRefused(text: String) {
        #expect(DateExpression.parse(text, today: Self.today) == nil)
    }

    @Test func leapYearMonthArithmeticClampsToMonthEnd() {
        let d = Day(year: 2024, month: 1, day: 31)!
        #expect(DateExpression.parse("+1m", today: d)?.iso == "2024-02-29")
        #expect(DateExpression.parse("+1y", today: Day(year: 2024, month: 2, day: 29)!)?.iso == "2025-02-28")
    }

    @Test(arguments: [
        ("1234", 123_400), ("1,234.56", 123_456), ("£1,234.5", 123_450), ("2.5m", 250_000_000),
        ("250k", 25_000_000), ("£0.99", 99), (".5", 50), ("2.125m", 212_500_000), ("GBP 10", 1_000),
        ("1,000,000", 100_000_000),
    ])
    func poundsBecomePence(text: String, pence: Int) throws {
        #expect(try MoneyInput.pence(from: text).get() == pence)
    }

    @Test(arguments: [
        ("-5", MoneyInput.ParseError.negative), ("1.234", .tooManyDecimals), ("12,34", .notANumber("12,34")),
        ("abc", .notANumber("abc")), ("", .empty), ("99999999999999", .tooLarge), ("1.2.3", .notANumber("1.2.3")),
        ("£", .notANumber("£")),
    ])
    func badAmountsSayWhy(text: String, error: MoneyInput.ParseError) {
        #expect(throws: error) { try MoneyInput.pence(from: text).get() }
    }

    @Test func penceAreShownInPounds() throws {
        #expect(MoneyInput.editText(pence: 123_456) == "1,234.56")
        #expect(MoneyInput.editText(pence: 100_000_000) == "1,000,000")
        #expect(MoneyInput.editText(pence: 5) == "0.05")
        #expect(MoneyInput.display(pence: 250_000_000) == "£2,500,000")
        // What is shown can be typed back unchanged.
        for p in [0, 1, 99, 100, 123_456, 987_654_321] {
            #expect(try MoneyInput.pence(from: MoneyInput.editText(pence: p)).get() == p)
        }
    }

    @Test func completionFindsCodesNamesAndLabels() {
        let countries = Choice.countries()
        #expect(Completion.resolve("es", in: countries) == "ES")
        #expect(Completion.resolve("spain", in: countries) == "ES")
        #expect(Completion.resolve("Spa", in: countries) == "ES")
        let custody = Choice.of(Custody.self)
        #expect(Completion.resolve("on bail", in: custody) == "onBail")
        #expect(Completion.resolve("a", in: custody) == nil)   // atLarge or abroad
        #expect(Completion.candidates("a", in: custody).map(\.value) == ["atLarge", "abroad"])
    }
}
