package org.civcred.text;

/**
 * An organisation name as published, and what its wording tells.
 *
 * @param normalized     simplified, no spaces, round brackets full-width, legal-form suffixes canonical
 *                       ({@code 有限责任公司} → {@code 有限公司})
 * @param raw            the text as given
 * @param legalForm      the legal form declared by the (parent's) suffix
 * @param branch         the name ends in a branch word: 分公司, 分行, 支行, 营业部, 分理处 …
 * @param parentName     for a branch, the normalised name of the organisation it belongs to, when the name
 *                       shows it ({@code 中国农业银行股份有限公司桐柏县支行} → {@code 中国农业银行股份有限公司}); else empty
 * @param region         the place named at the start ({@code 南阳市宛城区}) or in brackets
 *                       ({@code 某某（天津）科技有限公司} → {@code 天津}); empty when none
 * @param regionCode     that place's GB/T 2260 code when it is unambiguous; else empty
 * @param governmentBody the name is that of a government organ: 人民政府, a 局/厅/委员会, a court or
 *                       procuratorate, a government office or centre (not companies, schools, hospitals,
 *                       or village and residents' committees)
 */
public record OrgName(String normalized, String raw, LegalForm legalForm, boolean branch, String parentName,
        String region, String regionCode, boolean governmentBody) {
}
