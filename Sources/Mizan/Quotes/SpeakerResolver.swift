import CICU

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
        stemCache = StemCache()
    }

    /// A light stem of a word (``stem(_:)``), as the ``WordHash`` of its scalars: stems are only ever
    /// compared for equality, so no string is built for them, and a word that keeps all its letters has
    /// the hash its token's lookups already computed (``QuoteContext/wordHash(_:)``).
    typealias Stem = UInt64

    /// A person named somewhere in the article, with the roles written next to the name.
    private struct Person {
        /// How many name tokens the mention has (repeated stems counted each time).
        var nameCount: Int
        var nameSet: StemSet         // light-stemmed name tokens, as a set
        var canonicalRange: TextRange // rank/honorific + name, as written
        var roles: [StemSet]         // light-stemmed role phrases (none empty)
        var official: Bool
        var at: Int                  // first token
    }

    /// A source being resolved: the group of mentions found to name the same speaker. Held by value in
    /// an array and addressed by index (its id), so that the resolver's scans over the sources pay no
    /// reference counting or exclusivity checks.
    private struct Entity {
        var names = StemSet()
        var roles: [StemSet] = []
        /// Texts of the mentions of a vague source ("sources", "a senior official"), which only merge
        /// with the same wording.
        var vagueTexts: [String] = []
        /// The text range of the canonical name (its string is built once, for the output).
        var canonical: TextRange?
        var kind: Attribution.SourceKind
        var official: Bool
        var vague: Bool
        /// Named by a body's short name (``Alias``): its bare-name mentions take the body's kind.
        var isAlias = false
        /// The first and the latest mention (all of them are in ``Sources/mentions``).
        var firstMention: TextRange?
        var lastMention: TextRange?
        /// Stems of the latest mention (compared with unnamed roles; computed once per mention).
        var lastStems = StemSet()
        var lastStemsOf: TextRange?
        var lastSeen = 0
        /// How many of ``Sources/mentions`` are its (its speaker's mentions are allocated at that size).
        var mentionCount = 0

        init(kind: Attribution.SourceKind, official: Bool, vague: Bool) {
            self.kind = kind
            self.official = official
            self.vague = vague
        }
    }

    /// The sources of one article so far, and every mention of them in the order met (one array for
    /// the article rather than one per source).
    private struct Sources {
        var entities: [Entity] = []
        var mentions: [(entity: Int, range: TextRange)] = []

        /// Room for `drafts` mentions and sources (at most one of each per draft).
        init(drafts: Int) {
            entities.reserveCapacity(drafts)
            mentions.reserveCapacity(drafts)
        }

        /// The most recently seen entity for whose index `include` holds (the first of those seen last).
        @inline(__always)
        func mostRecent(where include: (Int) -> Bool) -> Int? {
            var latest: Int?
            for i in entities.indices where include(i) {
                if latest.map({ entities[$0].lastSeen < entities[i].lastSeen }) ?? true { latest = i }
            }
            return latest
        }
    }

    func resolve(_ drafts: [AttributionDraft]) -> ([Attribution], [Speaker]) {
        // Found when a mention first needs them (``knownPeople(_:)``).
        var people: [Person]?
        let aliases = drafts.isEmpty ? [] : findAliases()
        var sources = Sources(drafts: drafts.count)
        // Sorted and deduplicated as indices: drafts are read in place, never copied.
        var byAnchor = Array(drafts.indices)
        byAnchor.sort { (drafts[$0].anchor, drafts[$0].content.start) < (drafts[$1].anchor, drafts[$1].content.start) }
        let sorted = dedupe(byAnchor, of: drafts)

        // Filled in order: the entry of draft `n` only depends on earlier ones.
        var resolvedEntity: [Int?] = []
        resolvedEntity.reserveCapacity(sorted.count)
        var spans: [Mention?] = []
        spans.reserveCapacity(sorted.count)

        for n in sorted.indices {
            let d = sorted[n]
            let anchor = drafts[d].anchor
            var mention: Mention?
            var inherited: Int?
            switch drafts[d].source {
            case .mention:
                mention = drafts[d].speaker
            case .governingClause:
                let s = ctx.sentenceOf[min(anchor, ctx.count - 1)]
                // English: the sentence's first attribution carries the main clause's subject ("Merrill says
                // Machado promised … and said …").
                // (Not one that names no one: "Asked whether …, Mrs. Clinton shook her head and said".)
                var same: Int?
                for j in 0..<n {
                    let a = drafts[sorted[j]].anchor
                    guard ctx.sentenceOf[min(a, ctx.count - 1)] == s && a < anchor, spans[j] != nil || resolvedEntity[j] != nil else { continue }
                    // (In English, one whose speaker was written: not a participle in an opening phrase that
                    // itself went back to an earlier sentence, "In a statement announcing the pick, the
                    // union called …, citing".)
                    guard ctx.arabic || drafts[sorted[j]].source == .mention else { continue }
                    // (Nor a relative clause's: in "Clinton, who once praised the deal, offered her firmest
                    // promise", "who" is not the main clause's subject.)
                    if !ctx.arabic, let t = drafts[sorted[j]].speaker?.tokens, t.count == 1, isRelativePronoun(at: t.lowerBound) { continue }
                    same = j
                    if !ctx.arabic { break }
                }
                if let k = same {
                    let dk = sorted[k]
                    if drafts[dk].cue?.kind == .according,
                       let m = ctx.mention(startingAt: ctx.token(atOrAfter: drafts[dk].content.start)), m.kind == .person || !m.nameTokens.isEmpty {
                        mention = m
                    } else {
                        mention = spans[k]
                        inherited = resolvedEntity[k]
                    }
                } else if let m = sentenceSubject(s, before: anchor) {
                    mention = m
                } else if ctx.arabic, n > 0, s > 0, drafts[d].cue?.kind == .participle, ctx.sentenceFloor(anchor) == anchor,
                          let previous = spans[n - 1], ctx.sentenceOf[min(drafts[sorted[n - 1]].anchor, ctx.count - 1)] == s - 1 {
                    // "وأوضحت المصادر أن … .. مضيفة أن …": a participle opening the sentence right after an
                    // attribution goes on with its speaker, who stands beside it.
                    mention = previous
                    inherited = resolvedEntity[n - 1]
                } else {
                    inherited = lastEntity(before: n, resolvedEntity)
                }
            case .previous:
                inherited = lastEntity(before: n, resolvedEntity)
            }
            if let m = mention {
                resolvedEntity.append(entity(for: m, people: &people, aliases: aliases, sources: &sources, current: anchor))
            } else {
                resolvedEntity.append(inherited)
                // English output points an inherited speaker at its latest mention ("He added" with no
                // subject, a floating quotation): the span annotators mark as the source. (Not a relative
                // pronoun when the entity has another mention: after "“…,” said Murphy, who thinks …", a
                // floating quotation is Murphy's.)
                if !ctx.arabic, let e = inherited {
                    // The latest attribution of the entity with a mention other than a relative pronoun,
                    // else the latest with any mention: one walk back, with no list of candidates built.
                    var chosen: Int?
                    var k = n - 1
                    while k >= 0 {
                        if resolvedEntity[k] == e, spans[k] != nil {
                            if chosen == nil { chosen = k }
                            if !isRelativePronoun(spans[k]!) { chosen = k; break }
                        }
                        k -= 1
                    }
                    if let k = chosen { mention = spans[k] }
                }
            }
            spans.append(mention)
        }

        // Speakers in order of first appearance: the speaker index of each entity, or -1 (an array by
        // entity id rather than a dictionary, which hashed the id several times per attribution).
        let entities = sources.entities
        var order = [Int](repeating: -1, count: entities.count)
        var speakers: [Speaker] = []
        speakers.reserveCapacity(entities.count)
        // The canonical name of each speaker, built once.
        var canonicals: [String?] = []
        canonicals.reserveCapacity(entities.count)
        var attributions: [Attribution] = []
        attributions.reserveCapacity(sorted.count)
        for n in sorted.indices {
            let d = sorted[n]
            var speakerID: Int?
            var canonical: String?
            var kind = spans[n]?.kind ?? .unknown
            var vague = spans[n]?.vague ?? false
            if let e = resolvedEntity[n] {
                if order[e] < 0 {
                    order[e] = speakers.count
                    let name = entities[e].canonical.map { ctx.string($0) }
                    canonicals.append(name)
                    speakers.append(Speaker(id: speakers.count, canonical: name ?? entities[e].firstMention.map { ctx.string($0) } ?? "",
                                            kind: entities[e].kind, isOfficial: entities[e].official, mentions: [], attributions: 0, quotedWords: 0))
                }
                let id = order[e]
                speakerID = id
                canonical = entities[e].vague ? nil : canonicals[id]
                // The attribution's own mention decides its kind (a ministry's statement is a document);
                // inherited speakers take the source's.
                if spans[n] == nil || kind == .unknown || entities[e].isAlias && kind == .person { kind = entities[e].kind }
                vague = vague || entities[e].vague
                speakers[id].attributions += 1
                speakers[id].quotedWords += ctx.wordCount(drafts[d].content)
            }
            let cue = drafts[d].cueTokens.flatMap { t in drafts[d].cue.map { Attribution.Cue(range: ctx.range(t), lemma: $0.lemma, stance: $0.stance) } }
            attributions.append(Attribution(kind: drafts[d].kind, content: drafts[d].content, cue: cue, speaker: spans[n].map { ctx.range($0) },
                                            speakerCanonical: canonical, speakerID: speakerID, sourceKind: kind, isVague: vague,
                                            confidence: drafts[d].confidence, rule: drafts[d].rule))
        }
        addMentions(sources.mentions, of: entities, to: &speakers, order: order)
        attributions.sort { ($0.content.start, $0.content.end) < ($1.content.start, $1.content.end) }
        return (attributions, speakers)
    }

    /// Gives each speaker its mentions, sorted: `mentions` (by entity) grouped by `order` (the speaker
    /// of each entity), each group allocated once at its final size (the entity's count of mentions,
    /// kept as they were met, rather than counted again in an array of its own).
    private func addMentions(_ mentions: [(entity: Int, range: TextRange)], of entities: [Entity], to speakers: inout [Speaker], order: [Int]) {
        for e in entities.indices where order[e] >= 0 { speakers[order[e]].mentions.reserveCapacity(entities[e].mentionCount) }
        for m in mentions { speakers[order[m.entity]].mentions.append(m.range) }
        for s in speakers.indices where speakers[s].mentions.count > 1 { speakers[s].mentions.sort() }
    }

    // MARK: Drafts

    /// Drops a draft that repeats another's content with the same cue, keeping the more confident:
    /// `order` (indices into `drafts`) without the dropped ones.
    private func dedupe(_ order: [Int], of drafts: [AttributionDraft]) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(order.count)
        // The content and cue of each draft kept, side by side with `out` and as plain integers (every
        // draft is compared with all those kept before it).
        var kept: [Key] = []
        kept.reserveCapacity(order.count)
        // Bits of the contents and cues ever kept (``KeyFilter``): most drafts repeat none, and are kept
        // without a walk over all those kept before them.
        var contents = KeyFilter(), cues = KeyFilter()
        for d in order {
            let key = Key(drafts[d])
            var match = -1
            if contents.mayHold(key.contentStart, key.contentEnd) || (key.cueStart >= 0 && cues.mayHold(key.cueStart, key.cueEnd)) {
                for i in kept.indices where kept[i].duplicates(key) {
                    match = i
                    break
                }
            }
            if match < 0 {
                out.append(d)
                kept.append(key)
            } else if drafts[d].confidence > drafts[out[match]].confidence {
                out[match] = d
                kept[match] = key
            } else {
                continue
            }
            contents.add(key.contentStart, key.contentEnd)
            if key.cueStart >= 0 { cues.add(key.cueStart, key.cueEnd) }
        }
        return out
    }

    /// A 256-bit filter of pairs of offsets: a clear bit means no pair with that bit was added. Bits are
    /// never cleared (a pair replaced in ``dedupe(_:of:)`` keeps its bit; a match is still confirmed on
    /// the keys), so a set bit only asks for the walk that was always done.
    private struct KeyFilter {
        private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

        @inline(__always)
        private static func bit(_ a: Int, _ b: Int) -> (word: Int, mask: UInt64) {
            let h = (UInt64(bitPattern: Int64(a)) &* 0x9E37_79B9_7F4A_7C15) ^ (UInt64(bitPattern: Int64(b)) &* 0xC2B2_AE3D_27D4_EB4F)
            let k = Int(truncatingIfNeeded: h >> 56)
            return (k >> 6, 1 << UInt64(k & 63))
        }

        @inline(__always)
        func mayHold(_ a: Int, _ b: Int) -> Bool {
            let (w, mask) = Self.bit(a, b)
            switch w {
            case 0: return words.0 & mask != 0
            case 1: return words.1 & mask != 0
            case 2: return words.2 & mask != 0
            default: return words.3 & mask != 0
            }
        }

        @inline(__always)
        mutating func add(_ a: Int, _ b: Int) {
            let (w, mask) = Self.bit(a, b)
            switch w {
            case 0: words.0 |= mask
            case 1: words.1 |= mask
            case 2: words.2 |= mask
            default: words.3 |= mask
            }
        }
    }

    /// What ``dedupe(_:of:)`` compares of a draft: its content and its cue tokens (`cueStart` -1 when
    /// it has none).
    private struct Key {
        var contentStart: Int, contentEnd: Int, cueStart: Int, cueEnd: Int

        init(_ d: AttributionDraft) {
            contentStart = d.content.start
            contentEnd = d.content.end
            cueStart = d.cueTokens?.lowerBound ?? -1
            cueEnd = d.cueTokens?.upperBound ?? -1
        }

        /// Whether a draft with key `other` repeats the one with this key: the same content, or this
        /// one has cue tokens and they are the other's.
        @inline(__always)
        func duplicates(_ other: Key) -> Bool {
            (contentStart == other.contentStart && contentEnd == other.contentEnd)
                || (cueStart >= 0 && cueStart == other.cueStart && cueEnd == other.cueEnd)
        }
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
    /// Whether `m` is an English relative pronoun alone ("who", "which", "that", "whom").
    private func isRelativePronoun(_ m: Mention) -> Bool {
        m.tokens.count == 1 && isRelativePronoun(at: m.tokens.lowerBound)
    }

    /// Whether token `i` is "who", "which", "that" or "whom".
    private func isRelativePronoun(at i: Int) -> Bool {
        ["who", "which", "that", "whom"].contains(where: { ctx.wordIs(i, $0) })
    }

    private func sentenceSubject(_ s: Int, before anchor: Int) -> Mention? {
        // After a dateline ("WASHINGTON (AP) —").
        var i = ctx.sentenceFloor(anchor)
        // Discourse markers and punctuation first.
        while i < anchor {
            if !ctx.isWord(i) { i += 1; continue }
            if let m = ctx.markerPhrase(at: i), m.payload == .continuation { i += m.words; continue }
            break
        }
        // "Asked whether …, Mrs. Clinton shook her head and said": an opening passive cue clause ends at
        // its comma; the main clause follows.
        if !ctx.arabic, i < anchor, ctx.isCue(i), ctx.isPastForm(i),
           let comma = (i + 1..<anchor).first(where: { ctx.isComma($0) }), comma + 1 < anchor {
            i = comma + 1
        }
        guard i < anchor, !ctx.isCue(i) else { return nil }
        if ctx.arabic {
            // An opening prepositional phrase up to its comma (وفي اتصال مع وكالة فرانس برس، قلل مسؤول
            // اوروبي … وقال): the clause after it.
            if ctx.marker(i) == .preposition,
               let comma = (i + 1..<min(anchor, i + 12)).first(where: { ctx.isComma($0) }), comma + 1 < anchor, ctx.isWord(comma + 1),
               // The clause opens with its verb: not a definite noun, a title or a head noun.
               !ctx.isDefinite(comma + 1), ctx.title(at: comma + 1) == nil, ctx.head(at: comma + 1) == nil, ctx.anonymous(at: comma + 1) == nil {
                i = comma + 1
                guard !ctx.isCue(i) else { return nil }
            }
            // Skip the verb (and a following قد).
            i += 1
            guard i < anchor, let m = ctx.mention(startingAt: i), m.tokens.upperBound <= anchor,
                  ctx.hasSourceWord(m) || m.nameTokens.contains(where: ctx.isKnownName) else { return nil }
            return m
        }
        return ctx.englishMainSubject(from: i, before: anchor)
    }

    // MARK: Entities

    /// Stems already computed, by token (mentions are compared many times): a small direct-mapped cache,
    /// token `i` in slot `i % slots`. The resolver stems a few dozen tokens of an article of hundreds or
    /// thousands, so a slot for every token cost more to clear for each article than it saved; a token
    /// whose slot another took is simply stemmed again (the same answer).
    ///
    /// Also the character counts of canonical names (``characters(_:)``), by start offset, in slots of
    /// their own: ``upgradeCanonical(_:_:_:)`` compares the same people's names at every mention of them.
    private final class StemCache {
        static let slots = 64
        /// Per slot, the token whose stem it holds (-1: none) and that stem.
        let entries: UnsafeMutableBufferPointer<(token: Int, stem: Stem)>
        static let characterSlots = 32
        /// Per slot, a text range (start -1: none) and its ``QuoteContext/characterCount(_:)``.
        let characters: UnsafeMutableBufferPointer<(start: Int, end: Int, count: Int)>
        init() {
            entries = .allocate(capacity: Self.slots)
            entries.initialize(repeating: (-1, 0))
            characters = .allocate(capacity: Self.characterSlots)
            characters.initialize(repeating: (-1, -1, 0))
        }
        deinit {
            entries.deallocate()
            characters.deallocate()
        }
    }

    /// ``QuoteContext/characterCount(_:)`` of `r`, kept in ``StemCache``.
    private func characters(_ r: TextRange) -> Int {
        let slot = r.start & (StemCache.characterSlots - 1)
        let cached = stemCache.characters[slot]
        if cached.start == r.start && cached.end == r.end { return cached.count }
        let n = ctx.characterCount(r)
        stemCache.characters[slot] = (r.start, r.end, n)
        return n
    }

    private func stem(_ i: Int) -> Stem {
        let slot = i & (StemCache.slots - 1)
        let cached = stemCache.entries[slot]
        if cached.token == i { return cached.stem }
        let s = computeStem(i)
        stemCache.entries[slot] = (i, s)
        return s
    }

    /// The light stem of word `i`: English plurals lose their s ("officials" ~ "official"); Arabic words
    /// lose the article (with ل، و or ب before it) and a final ه.
    private func computeStem(_ i: Int) -> Stem {
        var w = ctx.word(i)
        if !ctx.arabic {
            if w.count > 3, w.last == "s", w[w.endIndex - 2] != "s" { return WordHash.of(w.dropLast()) }
            return ctx.wordHash(i)
        }
        let a = w.startIndex
        let whole = w.count
        if w.count > 4, w[a] == "ل", w[a + 1] == "ل" { w = w.dropFirst(2) }
        else if w.count > 4, w[a] == "ا", w[a + 1] == "ل" { w = w.dropFirst(2) }
        else if w.count > 5, w[a] == "و" || w[a] == "ب", w[a + 1] == "ا", w[a + 2] == "ل" { w = w.dropFirst(3) }
        if w.count > 3, w.last == "ه" { w = w.dropLast() }
        return w.count == whole ? ctx.wordHash(i) : WordHash.of(w)
    }

    /// Pronouns that refer to a person (a pronoun mention of one goes to the latest person).
    private static let personPronouns: [[Unicode.Scalar]] = ["he", "she", "i", "هو", "هي"].map { Array($0.unicodeScalars) }

    /// Stems of function words left out of ``stems(_:)``.
    private static let stopStems: [Stem] = ["of", "for", "and", "the", "و"].map { WordHash.of($0.unicodeScalars) }
    /// Stems of the generic word "official" (``entity(for:people:entities:current:)``).
    private static let officialStems: [Stem] = ["مسؤول", "official", "مسوول"].map { WordHash.of($0.unicodeScalars) }

    private func stems(_ r: Range<Int>) -> StemSet {
        var out = StemSet()
        for i in r where ctx.isWord(i) && !ctx.isDeterminer(i) {
            let s = stem(i)
            if !Self.stopStems.contains(s) { out.insert(s) }
        }
        return out
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
            // About half the titles name no one ("the president said"): in English a cheap walk sees most
            // of those without working the mention out.
            guard ctx.arabic || mayHoldName(startingAt: i), let m = ctx.mention(startingAt: i), !m.nameTokens.isEmpty, m.kind == .person else {
                i += 1
                continue
            }
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
            func addRole(_ r: Range<Int>) {
                let role = stems(r)
                if !role.isEmpty { roles.append(role) }
            }
            if canonicalStart > m.tokens.lowerBound { addRole(m.tokens.lowerBound..<canonicalStart) }
            // A role right after the name: العماد علي عبد الله أيوب رئيس هيئة الأركان …
            let after = lastName + 1
            if after < ctx.count, !ctx.arabic, ctx.isComma(after), let r = ctx.mention(startingAt: after + 1), r.nameTokens.isEmpty {
                addRole(r.tokens)
            } else if after < ctx.count, ctx.title(at: after) != nil, let r = ctx.mention(startingAt: after), r.nameTokens.isEmpty {
                addRole(r.tokens)
            } else if after < ctx.count, ctx.title(at: after) != nil {
                // The role phrase runs until the next name or stop word.
                var e = after
                while e < ctx.count && ctx.isWord(e) && ctx.marker(e) == nil && !ctx.isCue(e) && e - after < 10 { e += 1 }
                addRole(after..<e)
            }
            people.append(Person(nameCount: m.nameTokens.count, nameSet: StemSet(m.nameTokens.lazy.map(stem)), canonicalRange: canonicalRange,
                                 roles: roles, official: m.official, at: i))
            i = max(i + 1, m.tokens.upperBound)
            // The role written right after the name belongs to this person, not to a new one.
            while i < ctx.count && ctx.isWord(i) && ctx.marker(i) == nil && !ctx.isCue(i) && i - lastName < 12 {
                if ctx.title(at: i)?.payload.type != .role && i > lastName + 1 && ctx.looksLikeName(i, afterName: false) { break }
                i += 1
            }
        }
        return people
    }

    /// Whether the English mention starting at title `start` (``QuoteContext/mentionUncached(startingAt:limit:)``)
    /// may have name tokens: false only when the mention reader certainly stops before any word that
    /// ``QuoteContext/looksLikeName(_:afterName:)`` takes (a mention's first name is one that looks like a
    /// name with no name before it). The walk repeats the reader's stops — a non-word other than a period,
    /// apostrophe or hyphen, a marker, a cue, a lowercase common word, a pronoun — and gives up (true)
    /// after a long walk. (Arabic titles are not walked: there the stops come after most of the work,
    /// and a walk cost about what the mentions it spared did.)
    private func mayHoldName(startingAt start: Int) -> Bool {
        var k = start
        while k < ctx.count && k < start + 24 {
            guard ctx.isWord(k) else {
                if ctx.isPunct(k, ".") || ctx.isPunct(k, "'") || ctx.isPunct(k, "-") { k += 1; continue }
                return false
            }
            if let role = ctx.marker(k), role != .pronoun || k > start { return false }
            if k > start, ctx.isCue(k) { return false }
            let known = ctx.title(at: k) != nil || ctx.head(at: k) != nil || ctx.anonymous(at: k) != nil
            if k > start && !ctx.isCapitalized(k) && !known && !ctx.has(k, .determiner) && !ctx.has(k, .nameJoiner) { return false }
            if ctx.has(k, .pronoun) { return k == start }
            if ctx.looksLikeName(k, afterName: false) { return true }
            k += 1
        }
        return true
    }

    /// A body's short name written in quotation marks or parentheses right after its full name:
    /// شركة بترول الإمارات الوطنية "إينوك", the International Atomic Energy Agency (IAEA). Later mentions of
    /// the short name take the full one as their canonical name.
    private struct Alias {
        var names: StemSet
        var full: TextRange
        var kind: Attribution.SourceKind
    }

    private func findAliases() -> [Alias] {
        var out: [Alias] = []
        func add(_ inner: Range<Int>, before open: Int) {
            guard open >= 2, ctx.isWord(open - 1), (1...3).contains(inner.count), inner.allSatisfy({ ctx.isWord($0) }) else { return }
            let floor = max(0, open - 10)
            // A mention is a body's only through a head word in it (``QuoteContext/classify(_:)``, which
            // both subject readers end with: شركة، وزارة, "Agency"), and the mention lies between the floor
            // and the mark: when no token there can start a head (its lookup bits say so), the mention is
            // not worked out. (Most short quotations are not a body's short name.)
            if ctx.nextCandidate(from: floor, .heads) >= open { return }
            guard let m = ctx.arabic ? ctx.mention(endingBefore: open, floor: floor) : ctx.englishSubject(endingBefore: open, floor: floor),
                  m.tokens.upperBound == open, m.kind == .organization || m.kind == .media, m.tokens.count > inner.count else { return }
            let names = stems(inner)
            guard !names.isEmpty, !out.contains(where: { $0.names == names }) else { return }
            // From the body's head word (رفعت **شركة** بترول …: the verb before it is not part of the name).
            var full = m
            if ctx.arabic, let h = m.tokens.first(where: { ctx.head(at: $0) != nil }) { full.tokens = h..<m.tokens.upperBound }
            out.append(Alias(names: names, full: canonicalRange(full), kind: m.kind))
        }
        // A short name needs a token that can start a head within ten tokens before its mark (`add`): none
        // comes before the article's first such token.
        let firstHead = ctx.nextCandidate(from: 0, .heads)
        guard firstHead < ctx.count else { return out }
        for q in ctx.quotes where q.level == 0 && q.close != nil {
            let open = ctx.token(atOrAfter: q.open.start)
            // `add` wants a word before the mark, and a possible head before it: checked here before the
            // content's tokens are found.
            guard open >= 2, ctx.isWord(open - 1), ctx.nextCandidate(from: max(0, open - 10), .heads) < open else { continue }
            // The content starts at or after the mark, so its first token is found by stepping on from
            // the mark's (usually one step) rather than by a second search of the article's tokens.
            var first = open
            if q.content.start >= q.open.start {
                while first < ctx.count && ctx.tokens[first].range.start < q.content.start { first += 1 }
            } else {
                first = ctx.token(atOrAfter: q.content.start)
            }
            // The content's tokens, counted no further than four: `add` takes one to three words, so a
            // longer quotation (most are sentences) is rejected without walking all its tokens.
            var last = first
            while last < ctx.count && last - first < 4 && ctx.tokens[last].range.end <= q.content.end { last += 1 }
            add(first..<last, before: open)
        }
        // Opening parentheses, found sixteen scalars at a time (`mizan_find_scalar`): most articles have few.
        let text = ctx.text
        var offset = ctx.tokens[firstHead].range.start
        while true {
            offset = text.withUnsafeBufferPointer { buf in
                guard let base = buf.baseAddress else { return buf.count }
                let scalars = UnsafeRawPointer(base).assumingMemoryBound(to: UInt32.self)
                return Int(mizan_find_scalar(scalars, Int64(offset), Int64(buf.count), 0x28))
            }
            guard offset < text.count else { break }
            let k = ctx.token(atOrAfter: offset)
            offset += 1
            if k < ctx.count, ctx.isPunct(k, "("), let close = (k + 1..<min(ctx.count, k + 5)).first(where: { ctx.isPunct($0, ")") }) {
                add((k + 1)..<close, before: k)
            }
        }
        return out
    }

    /// The people of the article (``findPeople()``), found on first use and kept in `found`: only a
    /// named mention or a role asks for them, so an article without drafts, or whose sources are all
    /// pronouns, vague or short names of bodies, never reads its titles for them (each title a mention
    /// to work out).
    private func knownPeople(_ found: inout [Person]?) -> [Person] {
        if let people = found { return people }
        let people = findPeople()
        found = people
        return people
    }

    private func entity(for m: Mention, people found: inout [Person]?, aliases: [Alias], sources: inout Sources, current: Int) -> Int {
        // The mention's wording matters only for vague sources; it is built only for them.
        let text = m.vague ? ctx.mentionText(m) : ""
        let names = StemSet(m.nameTokens.lazy.map(stem))
        func make() -> Int {
            sources.entities.append(Entity(kind: m.kind == .unknown && m.isPronoun ? .person : m.kind, official: m.official, vague: m.vague))
            return sources.entities.count - 1
        }
        func touch(_ e: Int) -> Int {
            let r = ctx.range(m)
            sources.mentions.append((e, r))
            let kind = sources.entities[e].kind
            // A body speaks through documents: prefer person/organization/media over document.
            let newKind = kind == .unknown || (kind == .document && m.kind != .unknown && m.kind != .anonymous) ? m.kind : kind
            let canonical = sources.entities[e].canonical == nil && !m.isPronoun && !m.vague ? canonicalRange(m) : nil
            modify(&sources.entities[e]) { entity in
                if entity.firstMention == nil { entity.firstMention = r }
                entity.lastMention = r
                if m.vague { entity.vagueTexts.append(text) }
                entity.lastSeen = current
                entity.mentionCount += 1
                entity.kind = newKind
                entity.official = entity.official || m.official
                if let canonical { entity.canonical = canonical }
            }
            return e
        }

        // Pronouns and discourse markers: the most recent compatible source.
        if m.isPronoun {
            let w = ctx.word(m.tokens.lowerBound)
            let wantsPerson = Self.personPronouns.contains(where: { $0.elementsEqual(w) })
            let latest = sources.mostRecent { i in !sources.entities[i].vague && (!wantsPerson || sources.entities[i].kind == .person) }
            return touch(latest ?? make())
        }
        if m.vague {
            if let e = sources.entities.firstIndex(where: { $0.vague && $0.vagueTexts.contains(text) }) { return touch(e) }
            return touch(make())
        }
        // A body's short name ("إينوك", "the IAEA"): the body, named in full.
        if !aliases.isEmpty, case let key = stems(m.tokens), let alias = aliases.first(where: { $0.names == key }) {
            let id = sources.entities.firstIndex(where: { $0.isAlias && $0.canonical == alias.full }) ?? make()
            modify(&sources.entities[id]) { e in
                e.canonical = alias.full
                e.isAlias = true
                e.names = key
                if e.kind == .unknown || e.kind == .person { e.kind = alias.kind }
            }
            return touch(id)
        }
        if !names.isEmpty {
            let people = knownPeople(&found)
            // Same person: one name set contains the other (the most recent such source).
            if let e = sources.mostRecent(where: { i in
                // (Read in place: a copy of the set would retain and release its storage.)
                !sources.entities[i].names.isEmpty && sources.entities[i].names.nests(with: names)
            }) {
                // The union of two sets one of which contains the other.
                if !sources.entities[e].names.isSuperset(of: names) { sources.entities[e].names = names }
                let id = touch(e)
                upgradeCanonical(&sources.entities[e], m, people)
                return id
            }
            let id = touch(make())
            sources.entities[id].names = names
            upgradeCanonical(&sources.entities[id], m, people)
            return id
        }
        // A role or body without a name: an appositive role of a named person, or an earlier body.
        let query = stems(m.tokens)
        guard !query.isEmpty else { return touch(make()) }
        let people = knownPeople(&found)
        var best: (score: Double, entity: Int?, person: Int?) = (0, nil, nil)
        for i in sources.entities.indices where !sources.entities[i].vague {
            let lastSeen = sources.entities[i].lastSeen
            for r in sources.entities[i].roles where !r.isEmpty {
                let s = Double(query.intersectionCount(r)) / Double(query.count)
                if s > best.score || (s == best.score && best.entity.map { sources.entities[$0].lastSeen < lastSeen } == true) { best = (s, i, nil) }
            }
            if sources.entities[i].names.isEmpty, let last = sources.entities[i].lastMention {
                if sources.entities[i].lastStemsOf != last {
                    sources.entities[i].lastStems = stems(ctx.token(atOrAfter: last.start)..<ctx.token(atOrAfter: last.end))
                    sources.entities[i].lastStemsOf = last
                }
                let s = Double(query.intersectionCount(sources.entities[i].lastStems)) / Double(query.count)
                if s > best.score { best = (s, i, nil) }
            }
        }
        for (p, person) in people.enumerated() {
            for r in person.roles {
                let s = Double(query.intersectionCount(r)) / Double(query.count)
                if s > best.score + 0.001 || (s >= best.score - 0.001 && best.person != nil && s > 0 && person.at < current && (best.person.map { people[$0].at } ?? 0) < person.at) {
                    best = (s, nil, p)
                }
            }
        }
        // A generic definite role ("المسؤول اليمني", "the official", "the minister") with no better match:
        // the most recent official person.
        if best.score < 0.75, m.kind == .person, m.official, query.count <= 3,
           let e = sources.mostRecent(where: { i in
               !sources.entities[i].vague && sources.entities[i].kind == .person && sources.entities[i].official && !sources.entities[i].names.isEmpty
           }),
           let head = ctx.title(at: m.tokens.lowerBound), head.payload.type == .role,
           sources.entities[e].roles.contains(where: { !$0.isDisjoint(with: query) }) || query.contains(where: { Self.officialStems.contains($0) }) {
            return touch(e)
        }
        if best.score >= 0.75 {
            if let e = best.entity { return touch(e) }
            if let p = best.person {
                let person = people[p]
                let names = person.nameSet
                if let e = sources.entities.firstIndex(where: { !$0.names.isEmpty && $0.names.nests(with: names) }) {
                    return touch(e)
                }
                let id = touch(make())
                modify(&sources.entities[id]) { e in
                    e.names = names
                    e.kind = .person
                    e.canonical = person.canonicalRange
                    e.roles = person.roles
                    e.official = e.official || person.official
                }
                return id
            }
        }
        let id = touch(make())
        sources.entities[id].roles = [query]
        return id
    }

    /// Applies `body` to `value` in place (one access to an array element for several changes).
    @inline(__always)
    private func modify<T>(_ value: inout T, _ body: (inout T) -> Void) { body(&value) }

    /// The fullest written form of a person: the richest titled mention in the article with these names.
    private func upgradeCanonical(_ e: inout Entity, _ m: Mention, _ people: [Person]) {
        // The first of the people with the most name tokens, then the longest canonical name (lengths
        // compared as ``QuoteContext/characterCount(_:)``, which builds no string for ASCII names, and kept:
        // ``characters(_:)``).
        var best: Int?
        // (People are read in place by index: a copy of one retained and released its arrays.)
        for i in people.indices where people[i].nameSet.isSuperset(of: e.names) {
            guard let b = best else { best = i; continue }
            if people[b].nameCount < people[i].nameCount || (people[b].nameCount == people[i].nameCount
                && characters(people[b].canonicalRange) < characters(people[i].canonicalRange)) { best = i }
        }
        if let b = best {
            e.canonical = people[b].canonicalRange
            for r in people[b].roles where !e.roles.contains(r) { e.roles.append(r) }
            e.official = e.official || people[b].official
            e.kind = .person
        } else if e.canonical == nil || (m.nameTokens.count > 1 && characters(ctx.range(m)) > (e.canonical.map { characters($0) } ?? 0)) {
            e.canonical = canonicalRange(m)
        }
        if let roleRange = roleTokens(m) { e.roles.append(stems(roleRange)) }
    }

    private func roleTokens(_ m: Mention) -> Range<Int>? {
        guard let first = m.nameTokens.first, first > m.tokens.lowerBound else { return nil }
        return m.tokens.lowerBound..<first
    }

    /// The text range of a mention's canonical name: rank/honorific + names for people; bodies without
    /// a leading document word (بيان وزارة الدفاع → وزارة الدفاع; the statement of …); no leading determiner.
    private func canonicalRange(_ m: Mention) -> TextRange {
        var r = m.tokens
        if m.kind == .person || m.kind == .unknown, let first = m.nameTokens.first, let last = m.nameTokens.last {
            var start = first
            var k = first - 1
            while k >= r.lowerBound {
                if let t = ctx.title(at: k), t.payload.type != .role { start = k; k -= 1 } else { break }
            }
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
        return ctx.range(r)
    }
}
