/// Resolves speakers across an article: fills in speakers the rules left to the context (participles,
/// subjectless verbs, floating quotations), then groups mentions of the same source — full name and
/// surname (اللواء محمد باقري / باقري; Hillary Clinton / Clinton), a role that an appositive attached to a
/// name (رئيس هيئة الأركان … → العماد علي عبد الله أيوب; "the senator"), pronouns and discourse markers to
/// the most recent compatible source — and names each group by its fullest form.
struct SpeakerResolver {
    let ctx: QuoteContext
    private let stemCache: StemCache

    init(ctx: QuoteContext) {
        self.ctx = ctx
        stemCache = StemCache(count: ctx.count)
    }

    /// A light stem of a word (``stem(_:)``), as the ``ScalarHash`` of its scalars: stems are only ever
    /// compared for equality, so no string is built for them.
    typealias Stem = UInt64

    /// A person named somewhere in the article, with the roles written next to the name.
    private struct Person {
        var names: [Stem]            // light-stemmed name tokens
        var nameSet: StemSet         // the same, as a set
        var canonicalRange: TextRange // rank/honorific + name, as written (see ``canonical(_:)``)
        var roles: [StemSet]         // light-stemmed role phrases
        var official: Bool
        var at: Int                  // first token
    }

    /// The canonical name of a person: the text of its ``Person/canonicalRange`` (built only when used).
    private func canonical(_ p: Person) -> String { ctx.string(p.canonicalRange) }

    private final class Entity {
        var id = 0
        var names = StemSet()
        var roles: [StemSet] = []
        /// Texts of the mentions of a vague source ("sources", "a senior official"), which only merge
        /// with the same wording.
        var vagueTexts: [String] = []
        var canonical: String?
        var kind: Attribution.SourceKind = .unknown
        var official = false
        var vague = false
        var mentions: [TextRange] = []
        /// Stems of the latest mention (compared with unnamed roles; computed once per mention).
        var lastStems = StemSet()
        var lastStemsOf: TextRange?
        var lastSeen = 0
        var attributions = 0
        var quotedWords = 0
    }

    func resolve(_ drafts: [AttributionDraft]) -> ([Attribution], [Speaker]) {
        let people = findPeople()
        var entities: [Entity] = []
        // Sorted and deduplicated as indices, so that each draft kept is copied once.
        var byAnchor = Array(drafts.indices)
        byAnchor.sort { (drafts[$0].anchor, drafts[$0].content.start) < (drafts[$1].anchor, drafts[$1].content.start) }
        let sorted = dedupe(byAnchor, of: drafts).map { drafts[$0] }

        var resolvedEntity: [Int?] = Array(repeating: nil, count: sorted.count)
        var spans: [Mention?] = Array(repeating: nil, count: sorted.count)

        for (n, d) in sorted.enumerated() {
            var mention: Mention?
            var inherited: Int?
            switch d.source {
            case .mention:
                mention = d.speaker
            case .governingClause:
                let s = ctx.sentenceOf[min(d.anchor, ctx.count - 1)]
                let sameSentence = { (j: Int) in ctx.sentenceOf[min(sorted[j].anchor, ctx.count - 1)] == s && sorted[j].anchor < d.anchor }
                // English: the sentence's first attribution carries the main clause's subject ("Merrill says
                // Machado promised … and said …").
                if let k = ctx.arabic ? (0..<n).last(where: sameSentence) : (0..<n).first(where: sameSentence) {
                    if sorted[k].cue?.kind == .according,
                       let m = ctx.mention(startingAt: ctx.token(atOrAfter: sorted[k].content.start)), m.kind == .person || !m.nameTokens.isEmpty {
                        mention = m
                    } else {
                        mention = spans[k]
                        inherited = resolvedEntity[k]
                    }
                } else if let m = sentenceSubject(s, before: d.anchor) {
                    mention = m
                } else {
                    inherited = lastEntity(before: n, resolvedEntity)
                }
            case .previous:
                inherited = lastEntity(before: n, resolvedEntity)
            }
            spans[n] = mention
            if let m = mention {
                resolvedEntity[n] = entity(for: m, people: people, entities: &entities, current: d.anchor)
            } else {
                resolvedEntity[n] = inherited
                // English output points an inherited speaker at its latest mention ("He added" with no
                // subject, a floating quotation): the span annotators mark as the source.
                if !ctx.arabic, let e = inherited, let k = (0..<n).last(where: { resolvedEntity[$0] == e && spans[$0] != nil }) {
                    spans[n] = spans[k]
                }
            }
        }

        // Speakers in order of first appearance: the speaker index of each entity, or -1 (an array by
        // entity id rather than a dictionary, which hashed the id several times per attribution).
        var order = [Int](repeating: -1, count: entities.count)
        var speakers: [Speaker] = []
        var attributions: [Attribution] = []
        for (n, d) in sorted.enumerated() {
            var speakerID: Int?
            var canonical: String?
            var kind = spans[n]?.kind ?? .unknown
            var vague = spans[n]?.vague ?? false
            if let e = resolvedEntity[n] {
                let entity = entities[e]
                if order[e] < 0 {
                    order[e] = speakers.count
                    speakers.append(Speaker(id: speakers.count, canonical: entity.canonical ?? entity.mentions.first.map { ctx.string($0) } ?? "", kind: entity.kind,
                                            isOfficial: entity.official, mentions: [], attributions: 0, quotedWords: 0))
                }
                speakerID = order[e]
                canonical = entity.vague ? nil : entity.canonical
                // The attribution's own mention decides its kind (a ministry's statement is a document);
                // inherited speakers take the source's.
                if spans[n] == nil || kind == .unknown { kind = entity.kind }
                vague = vague || entity.vague
                speakers[order[e]].attributions += 1
                speakers[order[e]].quotedWords += ctx.wordCount(d.content)
            }
            let cue = d.cueTokens.flatMap { t in d.cue.map { Attribution.Cue(range: ctx.range(t), lemma: $0.lemma, stance: $0.stance) } }
            attributions.append(Attribution(kind: d.kind, content: d.content, cue: cue, speaker: spans[n].map { ctx.range($0) },
                                            speakerCanonical: canonical, speakerID: speakerID, sourceKind: kind, isVague: vague,
                                            confidence: d.confidence, rule: d.rule))
        }
        for (e, id) in order.enumerated() where id >= 0 { speakers[id].mentions = entities[e].mentions.sorted() }
        attributions.sort { ($0.content.start, $0.content.end) < ($1.content.start, $1.content.end) }
        return (attributions, speakers)
    }

    // MARK: Drafts

    /// Drops a draft that repeats another's content with the same cue, keeping the more confident:
    /// `order` (indices into `drafts`) without the dropped ones.
    private func dedupe(_ order: [Int], of drafts: [AttributionDraft]) -> [Int] {
        var out: [Int] = []
        for d in order {
            let content = drafts[d].content, cueTokens = drafts[d].cueTokens
            if let i = out.firstIndex(where: { drafts[$0].content == content || (drafts[$0].cueTokens != nil && drafts[$0].cueTokens == cueTokens) }) {
                if drafts[d].confidence > drafts[out[i]].confidence { out[i] = d }
            } else {
                out.append(d)
            }
        }
        return out
    }

    private func lastEntity(before n: Int, _ resolved: [Int?]) -> Int? {
        var k = n - 1
        while k >= 0 {
            if let e = resolved[k] { return e }
            k -= 1
        }
        return nil
    }

    /// The subject of the sentence's first verb: من جانبه بارك **باقري** …; استقبل **الرئيس السوري بشار الأسد** ….
    private func sentenceSubject(_ s: Int, before anchor: Int) -> Mention? {
        let r = ctx.sentenceTokens(s)
        var i = r.lowerBound
        // Discourse markers and punctuation first.
        while i < anchor {
            if !ctx.isWord(i) { i += 1; continue }
            if let m = ctx.markerPhrase(at: i), m.payload == .continuation { i += m.words; continue }
            break
        }
        guard i < anchor, ctx.cue(at: i) == nil else { return nil }
        if ctx.arabic {
            // Skip the verb (and a following قد).
            i += 1
            guard i < anchor, let m = ctx.mention(startingAt: i), m.tokens.upperBound <= anchor,
                  ctx.hasSourceWord(m) || m.nameTokens.contains(where: ctx.isKnownName) else { return nil }
            return m
        }
        return ctx.englishMainSubject(from: i, before: anchor)
    }

    // MARK: Entities

    /// Stems already computed, by token (mentions are compared many times); 0 when not yet.
    private final class StemCache {
        let stems: UnsafeMutableBufferPointer<Stem>
        init(count: Int) {
            stems = .allocate(capacity: count)
            stems.initialize(repeating: 0)
        }
        deinit { stems.deallocate() }
    }

    private func stem(_ i: Int) -> Stem {
        let cached = stemCache.stems[i]
        if cached != 0 { return cached }
        let s = computeStem(i)
        stemCache.stems[i] = s
        return s
    }

    /// The light stem of word `i`: English plurals lose their s ("officials" ~ "official"); Arabic words
    /// lose the article (with ل، و or ب before it) and a final ه.
    private func computeStem(_ i: Int) -> Stem {
        var w = ctx.word(i)
        if !ctx.arabic {
            if w.count > 3, w.last == "s", w[w.endIndex - 2] != "s" { w = w.dropLast() }
            return ScalarHash.of(w)
        }
        let a = w.startIndex
        if w.count > 4, w[a] == "ل", w[a + 1] == "ل" { w = w.dropFirst(2) }
        else if w.count > 4, w[a] == "ا", w[a + 1] == "ل" { w = w.dropFirst(2) }
        else if w.count > 5, w[a] == "و" || w[a] == "ب", w[a + 1] == "ا", w[a + 2] == "ل" { w = w.dropFirst(3) }
        if w.count > 3, w.last == "ه" { w = w.dropLast() }
        return ScalarHash.of(w)
    }

    /// Pronouns that refer to a person (a pronoun mention of one goes to the latest person).
    private static let personPronouns: [[Unicode.Scalar]] = ["he", "she", "i", "هو", "هي"].map { Array($0.unicodeScalars) }

    /// Stems of function words left out of ``stems(_:)``.
    private static let stopStems: [Stem] = ["of", "for", "and", "the", "و"].map { ScalarHash.of($0.unicodeScalars) }
    /// Stems of the generic word "official" (``entity(for:people:entities:current:)``).
    private static let officialStems: [Stem] = ["مسؤول", "official", "مسوول"].map { ScalarHash.of($0.unicodeScalars) }

    private func stems(_ r: Range<Int>) -> StemSet {
        var out: [Stem] = []
        for i in r where ctx.isWord(i) && !ctx.isDeterminer(i) {
            let s = stem(i)
            if !Self.stopStems.contains(s) { out.append(s) }
        }
        return StemSet(out)
    }

    /// People named with a title anywhere in the article, and the roles written beside them.
    private func findPeople() -> [Person] {
        var people: [Person] = []
        var i = 0
        while i < ctx.count {
            i = ctx.nextTitleCandidate(from: i)
            guard i < ctx.count else { break }
            guard ctx.isWord(i), let t = ctx.title(at: i), i == 0 || !ctx.isWord(i - 1) || ctx.title(at: i - 1) == nil else {
                i += 1
                continue
            }
            // English names are capitalized: a title with no capitalized word soon after names no one.
            if !ctx.arabic && !(i + 1..<min(ctx.count, i + 5)).contains(where: { ctx.isCapitalized($0) }) {
                i += 1
                continue
            }
            _ = t
            guard let m = ctx.mention(startingAt: i), !m.nameTokens.isEmpty, m.kind == .person else { i += 1; continue }
            let firstName = m.nameTokens[0]
            // Rank and honorific titles right before the name stay in the canonical name.
            var canonicalStart = firstName
            var k = firstName - 1
            while k >= m.tokens.lowerBound {
                if let tt = ctx.title(at: k), tt.payload.type != .role { canonicalStart = k; k -= 1 } else { break }
            }
            let lastName = m.nameTokens.last!
            let canonicalRange = ctx.range(canonicalStart..<(lastName + 1))
            var roles: [StemSet] = []
            if canonicalStart > m.tokens.lowerBound { roles.append(stems(m.tokens.lowerBound..<canonicalStart)) }
            // A role right after the name: العماد علي عبد الله أيوب رئيس هيئة الأركان …
            let after = lastName + 1
            if after < ctx.count, !ctx.arabic, ctx.isComma(after), let r = ctx.mention(startingAt: after + 1), r.nameTokens.isEmpty {
                roles.append(stems(r.tokens))
            } else if after < ctx.count, ctx.title(at: after) != nil, let r = ctx.mention(startingAt: after), r.nameTokens.isEmpty {
                roles.append(stems(r.tokens))
            } else if after < ctx.count, ctx.title(at: after) != nil {
                // The role phrase runs until the next name or stop word.
                var e = after
                while e < ctx.count && ctx.isWord(e) && ctx.marker(e) == nil && ctx.cue(at: e) == nil && e - after < 10 { e += 1 }
                roles.append(stems(after..<e))
            }
            let names = m.nameTokens.map(stem)
            people.append(Person(names: names, nameSet: StemSet(names), canonicalRange: canonicalRange, roles: roles.filter { !$0.isEmpty },
                                 official: m.official, at: i))
            i = max(i + 1, m.tokens.upperBound)
            // The role written right after the name belongs to this person, not to a new one.
            while i < ctx.count && ctx.isWord(i) && ctx.marker(i) == nil && ctx.cue(at: i) == nil && i - lastName < 12 {
                if ctx.title(at: i)?.payload.type != .role && i > lastName + 1 && ctx.looksLikeName(i, afterName: false) { break }
                i += 1
            }
        }
        return people
    }

    private func entity(for m: Mention, people: [Person], entities: inout [Entity], current: Int) -> Int {
        // The mention's wording matters only for vague sources; it is built only for them.
        let text = m.vague ? ctx.mentionText(m) : ""
        let names = StemSet(m.nameTokens.map(stem))
        func make() -> Int {
            let e = Entity()
            e.id = entities.count
            e.kind = m.kind == .unknown && m.isPronoun ? .person : m.kind
            e.official = m.official
            e.vague = m.vague
            entities.append(e)
            return e.id
        }
        func touch(_ e: Int) -> Int {
            let entity = entities[e]
            entity.mentions.append(ctx.range(m))
            if m.vague { entity.vagueTexts.append(text) }
            entity.lastSeen = current
            // A body speaks through documents: prefer person/organization/media over document.
            if entity.kind == .unknown || (entity.kind == .document && m.kind != .unknown && m.kind != .anonymous) { entity.kind = m.kind }
            entity.official = entity.official || m.official
            if entity.canonical == nil && !m.isPronoun && !m.vague { entity.canonical = canonicalText(m) }
            return e
        }

        // Pronouns and discourse markers: the most recent compatible source.
        if m.isPronoun {
            let w = ctx.word(m.tokens.lowerBound)
            let wantsPerson = Self.personPronouns.contains(where: { $0.elementsEqual(w) })
            if let e = entities.lazy.filter({ !$0.vague && (!wantsPerson || $0.kind == .person) }).max(by: { $0.lastSeen < $1.lastSeen }) {
                return touch(e.id)
            }
            return touch(make())
        }
        if m.vague {
            if let e = entities.first(where: { $0.vague && $0.vagueTexts.contains(text) }) { return touch(e.id) }
            return touch(make())
        }
        if !names.isEmpty {
            // Same person: one name set contains the other.
            if let e = entities.lazy.filter({ !$0.names.isEmpty && ($0.names.isSuperset(of: names) || $0.names.isSubset(of: names)) })
                .max(by: { $0.lastSeen < $1.lastSeen }) {
                e.names.formUnion(names)
                let id = touch(e.id)
                upgradeCanonical(e, m, people)
                return id
            }
            let id = touch(make())
            let e = entities[id]
            e.names = names
            upgradeCanonical(e, m, people)
            return id
        }
        // A role or body without a name: an appositive role of a named person, or an earlier body.
        let query = stems(m.tokens)
        guard !query.isEmpty else { return touch(make()) }
        var best: (score: Double, entity: Int?, person: Int?) = (0, nil, nil)
        for e in entities where !e.vague {
            for r in e.roles where !r.isEmpty {
                let s = Double(query.intersectionCount(r)) / Double(query.count)
                if s > best.score || (s == best.score && best.entity.map { entities[$0].lastSeen < e.lastSeen } == true) { best = (s, e.id, nil) }
            }
            if e.names.isEmpty, let last = e.mentions.last {
                if e.lastStemsOf != last {
                    e.lastStems = stems(ctx.token(atOrAfter: last.start)..<ctx.token(atOrAfter: last.end))
                    e.lastStemsOf = last
                }
                let r = e.lastStems
                let s = Double(query.intersectionCount(r)) / Double(query.count)
                if s > best.score { best = (s, e.id, nil) }
            }
        }
        for (p, person) in people.enumerated() {
            for r in person.roles where !r.isEmpty {
                let s = Double(query.intersectionCount(r)) / Double(query.count)
                if s > best.score + 0.001 || (s >= best.score - 0.001 && best.person != nil && s > 0 && person.at < current && (best.person.map { people[$0].at } ?? 0) < person.at) {
                    best = (s, nil, p)
                }
            }
        }
        // A generic definite role ("المسؤول اليمني", "the official", "the minister") with no better match:
        // the most recent official person.
        if best.score < 0.75, m.kind == .person, m.official, query.count <= 3,
           let e = entities.lazy.filter({ !$0.vague && $0.kind == .person && $0.official && !$0.names.isEmpty }).max(by: { $0.lastSeen < $1.lastSeen }),
           let head = ctx.title(at: m.tokens.lowerBound), head.payload.type == .role,
           e.roles.contains(where: { !$0.isDisjoint(with: query) }) || query.contains(where: { Self.officialStems.contains($0) }) {
            return touch(e.id)
        }
        if best.score >= 0.75 {
            if let e = best.entity { return touch(e) }
            if let p = best.person {
                let person = people[p]
                let names = person.nameSet
                if let e = entities.first(where: { !$0.names.isEmpty && ($0.names.isSuperset(of: names) || $0.names.isSubset(of: names)) }) {
                    return touch(e.id)
                }
                let id = touch(make())
                let e = entities[id]
                e.names = names
                e.kind = .person
                e.canonical = canonical(person)
                e.roles = person.roles
                e.official = e.official || person.official
                return id
            }
        }
        let id = touch(make())
        entities[id].roles = [query]
        return id
    }

    /// The fullest written form of a person: the richest titled mention in the article with these names.
    private func upgradeCanonical(_ e: Entity, _ m: Mention, _ people: [Person]) {
        let candidates = people.lazy.filter { $0.nameSet.isSuperset(of: e.names) }
        // (Lengths compared as ``QuoteContext/characterCount(_:)``, which builds no string for ASCII names.)
        if let best = candidates.max(by: { $0.names.count < $1.names.count || ($0.names.count == $1.names.count
                                            && ctx.characterCount($0.canonicalRange) < ctx.characterCount($1.canonicalRange)) }) {
            e.canonical = canonical(best)
            for r in best.roles where !e.roles.contains(r) { e.roles.append(r) }
            e.official = e.official || best.official
            e.kind = .person
        } else if e.canonical == nil || (m.nameTokens.count > 1 && ctx.characterCount(ctx.range(m)) > (e.canonical?.count ?? 0)) {
            e.canonical = canonicalText(m)
        }
        if let roleRange = roleTokens(m) { e.roles.append(stems(roleRange)) }
    }

    private func roleTokens(_ m: Mention) -> Range<Int>? {
        guard let first = m.nameTokens.first, first > m.tokens.lowerBound else { return nil }
        return m.tokens.lowerBound..<first
    }

    /// The canonical text of a mention: rank/honorific + names for people; bodies without a leading
    /// document word (بيان وزارة الدفاع → وزارة الدفاع; the statement of …); no leading determiner.
    private func canonicalText(_ m: Mention) -> String {
        var r = m.tokens
        if m.kind == .person || m.kind == .unknown, let first = m.nameTokens.first, let last = m.nameTokens.last {
            var start = first
            var k = first - 1
            while k >= r.lowerBound {
                if let t = ctx.title(at: k), t.payload.type != .role { start = k; k -= 1 } else { break }
            }
            if !ctx.arabic, start > r.lowerBound, !ctx.isWord(start - 1) { start -= 0 }
            r = start..<(last + 1)
        } else {
            while r.count > 1, ctx.isDeterminer(r.lowerBound) { r = (r.lowerBound + 1)..<r.upperBound }
            if r.count > 1, let h = ctx.head(at: r.lowerBound), h.payload.kind == .document {
                var k = r.lowerBound + h.words
                // بيان صادر عن وزارة الدفاع → وزارة الدفاع
                if k + 1 < r.upperBound, ctx.variants(k).contains(where: { $0.elementsEqual("صادر".unicodeScalars) }),
                   ctx.word(k + 1).elementsEqual("عن".unicodeScalars) { k += 2 }
                if k < r.upperBound, let next = ctx.head(at: k), next.payload.kind != .document { r = k..<r.upperBound }
            }
        }
        return ctx.string(ctx.range(r))
    }
}
