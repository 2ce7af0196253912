extension Defendant {
    public func toJSON() -> JSONValue {
        var o = extra
        o.put("id", id); o.put("name", name); o.put("dateOfBirth", dateOfBirth)
        o.put("nationality", nationality); o.put("custody", custody)
        o["charges"] = .array(charges.map { $0.toJSON() })
        o.put("outcome", outcome?.toJSON()); o.put("sentence", sentence?.toJSON())
        o["ancillaryOrders"] = .array(ancillaryOrders.map { $0.toJSON() })
        o.put("confiscation", confiscation?.toJSON())
        o.put("remand", remand)
        // Absent means "none recorded": a version 1 file gains no empty key on a round trip.
        if !custodyTimeLimits.isEmpty { o["custodyTimeLimits"] = .array(custodyTimeLimits.map { $0.toJSON() }) }
        return .object(o)
    }

    static func decode(_ v: JSONValue, _ cx: DecodeContext) -> Defendant? {
        guard let o = cx.object(v, what: "a defendant") else { return nil }
        let id = cx.nonEmptyString(o, "id")
        let name = cx.string(o, "name")
        let dob = cx.day(o, "dateOfBirth", required: false)
        let nationality = cx.country(o, "nationality", required: false)
        let custody = cx.enumValue(o, "custody", Custody.self, name: "custody")
        let charges = cx.array(o, "charges") { Charge.decode($0, cx) }
        let outcome = cx.nested(o, "outcome") { Outcome.decode($0, cx) }
        let sentence = cx.nested(o, "sentence") { Sentence.decode($0, cx) }
        let orders = cx.array(o, "ancillaryOrders") { AncillaryOrder.decode($0, cx) }
        let confiscation = cx.nested(o, "confiscation") { Confiscation.decode($0, cx) }
        let remand = cx.enumValue(o, "remand", Remand.self, name: "remand", required: false)
        let ctls = cx.array(o, "custodyTimeLimits") { CustodyTimeLimit.decode($0, cx) }
        guard let id, let name, let custody, let charges, let orders, let ctls else { return nil }
        return Defendant(id: id, name: name, dateOfBirth: dob, nationality: nationality, custody: custody,
                         charges: charges, outcome: outcome, sentence: sentence, ancillaryOrders: orders,
                         confiscation: confiscation, remand: remand, custodyTimeLimits: ctls,
                         extra: cx.extra(o, known: ModelKeys.defendant))
    }
}

extension Charge {
    public func toJSON() -> JSONValue {
        var o = extra
        o.put("offence", offence); o.put("legislation", legislation); o.put("count", count)
        return .object(o)
    }

    static func decode(_ v: JSONValue, _ cx: DecodeContext) -> Charge? {
        guard let o = cx.object(v, what: "a charge") else { return nil }
        let offence = cx.nonEmptyString(o, "offence")
        let legislation = cx.string(o, "legislation", required: false)
        let count = cx.int(o, "count", required: false, minimum: 0)
        guard let offence else { return nil }
        return Charge(offence: offence, legislation: legislation, count: count, extra: cx.extra(o, known: ModelKeys.charge))
    }
}

extension Outcome {
    public func toJSON() -> JSONValue {
        var o = extra
        o.put("category", category); o.put("date", date)
        return .object(o)
    }

    static func decode(_ v: JSONValue, _ cx: DecodeContext) -> Outcome? {
        guard let o = cx.object(v, what: "an outcome") else { return nil }
        let category = cx.enumValue(o, "category", OutcomeCategory.self, name: "outcome category")
        let date = cx.day(o, "date")
        guard let category, let date else { return nil }
        return Outcome(category: category, date: date, extra: cx.extra(o, known: ModelKeys.outcome))
    }
}

extension Sentence {
    public func toJSON() -> JSONValue {
        var o = extra
        o.put("custodialMonths", custodialMonths); o.put("suspended", suspended); o.put("description", description)
        return .object(o)
    }

    static func decode(_ v: JSONValue, _ cx: DecodeContext) -> Sentence? {
        guard let o = cx.object(v, what: "a sentence") else { return nil }
        let months = cx.int(o, "custodialMonths", required: false, minimum: 0)
        let suspended = cx.bool(o, "suspended", required: false)
        let description = cx.string(o, "description", required: false)
        return Sentence(custodialMonths: months, suspended: suspended, description: description,
                        extra: cx.extra(o, known: ModelKeys.sentence))
    }
}

extension AncillaryOrder {
    public func toJSON() -> JSONValue {
        var o = extra
        o.put("type", type); o.put("made", made); o.put("expires", expires)
        return .object(o)
    }

    static func decode(_ v: JSONValue, _ cx: DecodeContext) -> AncillaryOrder? {
        guard let o = cx.object(v, what: "an ancillary order") else { return nil }
        let type = cx.enumValue(o, "type", AncillaryOrderType.self, name: "ancillary order type")
        let made = cx.day(o, "made")
        let expires = cx.day(o, "expires", required: false)
        guard let type, let made else { return nil }
        return AncillaryOrder(type: type, made: made, expires: expires, extra: cx.extra(o, known: ModelKeys.ancillaryOrder))
    }
}

extension Confiscation {
    public func toJSON() -> JSONValue {
        var o = extra
        o.put("stage", stage); o.put("restraintDate", restraintDate); o.put("benefitPence", benefitPence)
        o.put("availablePence", availablePence); o.put("orderPence", orderPence); o.put("orderDate", orderDate)
        o.put("recoveredPence", recoveredPence); o.put("paymentDue", paymentDue)
        return .object(o)
    }

    static func decode(_ v: JSONValue, _ cx: DecodeContext) -> Confiscation? {
        guard let o = cx.object(v, what: "a confiscation record") else { return nil }
        let stage = cx.enumValue(o, "stage", ConfiscationStage.self, name: "confiscation stage")
        let restraint = cx.day(o, "restraintDate", required: false)
        let benefit = cx.pence(o, "benefitPence")
        let available = cx.pence(o, "availablePence")
        let order = cx.pence(o, "orderPence")
        let orderDate = cx.day(o, "orderDate", required: false)
        let recovered = cx.pence(o, "recoveredPence")
        let paymentDue = cx.day(o, "paymentDue", required: false)
        guard let stage else { return nil }
        return Confiscation(stage: stage, restraintDate: restraint, benefitPence: benefit, availablePence: available,
                            orderPence: order, orderDate: orderDate, recoveredPence: recovered, paymentDue: paymentDue,
                            extra: cx.extra(o, known: ModelKeys.confiscation))
    }
}
