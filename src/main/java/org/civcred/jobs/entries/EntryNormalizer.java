package org.civcred.jobs.entries;

import java.sql.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.civcred.text.CategoryNormalizer;
import org.civcred.jobs.extract.DocIds;
import org.civcred.text.DateNormalizer;
import org.civcred.text.LegalForm;
import org.civcred.text.NameNormalizer;
import org.civcred.text.OrgName;
import org.civcred.text.OrgNameNormalizer;
import org.civcred.text.PartialDate;
import org.civcred.text.PersonName;
import org.civcred.text.TextNormalizer;

/**
 * Normalises one raw record (keys of crawler/README.md) into a {@link ListEntry}, with the text package's
 * normalisers. Decisions:
 * <ul>
 *   <li>subject type: the record's, except that a "person" whose name reads as an organisation (a legal
 *       form, a government body, or a long name that is no transcription) is an organisation — national
 *       court-defaulter tables list government bodies in the persons table;</li>
 *   <li>list kind: the record's; else {@code honour} on the civilization side, and on the credit side
 *       {@code black} for lists named 黑名单/失信, {@code red} otherwise;</li>
 *   <li>list date: the record's date, else the month in the list's name (an edition {@code 2018年1月"中国好人榜"}),
 *       else the page's publication date; stored as the first day of the precision given;</li>
 *   <li>birth month: the record's, else the digits a masked identity number leaves visible.</li>
 * </ul>
 */
public final class EntryNormalizer {

    private static final Set<String> KINDS = Set.of("honour", "red", "black");
    private static final int LONGEST_PERSON_NAME = 5;

    private EntryNormalizer() {
    }

    /** Where the record was read: the page's identity and fields. */
    public record Source(String docId, String captureId, String url, String site, String family,
                         Map<String, String> fields, String runId) {
    }

    public static ListEntry normalize(Source source, int index, Map<String, String> record, byte[] idHashKey) {
        String nameRaw = TextNormalizer.cleanLine(record.getOrDefault("name", ""));
        boolean org = isOrganisation(record.get("subject_type"), nameRaw);
        PersonName person = NameNormalizer.parse(nameRaw);
        OrgName orgName = org ? OrgNameNormalizer.parse(nameRaw) : null;
        boolean masked = !org && person.masked();
        String nameNorm = org ? emptyToNull(orgName.normalized()) : masked ? null : emptyToNull(person.normalized());

        String regionRaw = blankToNull(record.get("region"));
        EntryRegion region = EntryRegion.resolve(regionRaw, record, source.fields());
        if (org && !orgName.regionCode().isEmpty()
                && (region.code() == null || nested(orgName.regionCode(), region.code()))) {
            region = EntryRegion.of(orgName.regionCode());
        }
        String idMasked = EntryIds.masked(record.get("id_masked"));
        if (region.code() == null && idMasked != null && idMasked.matches("\\d{6}.*")) {
            // Masks keep the first six digits: the GB/T 2260 code of where the number was issued,
            // the only place a black-list line without an address gives.
            region = EntryRegion.of(idMasked.substring(0, 6));
        }
        String categoryRaw = blankToNull(record.get("category"));
        String listName = blankToNull(first(record.get("list_name"), source.fields().get("list_name")));
        CategoryNormalizer categories = CategoryNormalizer.standard();
        String category = categoryRaw == null ? null : emptyToNull(categories.goodPeople(categoryRaw).id());
        String honour = listName == null ? null : emptyToNull(categories.honour(listName).id());
        DateChoice listDate = listDate(record, listName, source.fields());

        String entryId = DocIds.sha1(source.docId(), String.valueOf(index), nameRaw);
        return new ListEntry(entryId, source.docId(), source.captureId(), source.url(), source.site(), source.family(),
                org ? "org" : "person", nameRaw, nameNorm, masked, org ? null : gender(record.get("gender")),
                org ? null : birth(record.get("birth"), idMasked), regionRaw, region.code(), region.level(),
                region.province(), region.prefecture(), categoryRaw, category, honour, listName,
                listKind(record.get("list_kind"), source.family(), listName),
                listDate.date() == null ? null : Date.valueOf(listDate.date().firstDay()), listDate.raw(),
                idMasked, EntryIds.hash(idMasked, idHashKey), org ? orgName.governmentBody() : null,
                EntryIds.redact(blankToNull(record.get("deed"))), blankToNull(record.get("source_org")),
                source.runId());
    }

    static boolean isOrganisation(String subjectType, String name) {
        if ("org".equals(subjectType)) {
            return true;
        }
        PersonName person = NameNormalizer.parse(name);
        if (person.minorityStyle()) {
            return false;
        }
        OrgName org = OrgNameNormalizer.parse(name);
        return org.legalForm() != LegalForm.NONE || org.governmentBody()
                || person.normalized().length() > LONGEST_PERSON_NAME;
    }



    /** Whether {@code inner} lies in (or is) {@code outer}: codes share the outer's non-zero prefix. */
    static boolean nested(String inner, String outer) {
        String prefix = outer.replaceAll("(00)+$", "");
        return inner.startsWith(prefix);
    }

    static String gender(String raw) {
        String g = raw == null ? "" : TextNormalizer.cleanLine(raw).toLowerCase(Locale.ROOT);
        if (g.startsWith("男") || g.equals("m") || g.equals("male")) {
            return "M";
        }
        if (g.startsWith("女") || g.equals("f") || g.equals("female")) {
            return "F";
        }
        return null;
    }

    static String birth(String raw, String idMasked) {
        Optional<PartialDate> d = raw == null ? Optional.empty() : DateNormalizer.parse(raw);
        if (d.isPresent() && d.get().precision() != PartialDate.Precision.YEAR) {
            return String.format("%04d-%02d", d.get().year(), d.get().month());
        }
        return EntryIds.birthYearMonth(idMasked).orElse(null);
    }

    static String listKind(String raw, String family, String listName) {
        if (raw != null && KINDS.contains(raw.strip())) {
            return raw.strip();
        }
        if (!"credit".equals(family)) {
            return "honour";
        }
        return listName != null && (listName.contains("黑") || listName.contains("失信")) ? "black" : "red";
    }

    /** The date and the text it was read from. */
    record DateChoice(PartialDate date, String raw) {
    }

    static DateChoice listDate(Map<String, String> record, String listName, Map<String, String> fields) {
        return Stream.of(record.get("list_date"), listName, fields.get("published"))
                .filter(s -> s != null && !s.isBlank())
                .map(s -> new DateChoice(DateNormalizer.parse(s).orElse(null), s.strip()))
                .filter(c -> c.date() != null)
                .findFirst()
                .orElse(new DateChoice(null, blankToNull(record.get("list_date"))));
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
