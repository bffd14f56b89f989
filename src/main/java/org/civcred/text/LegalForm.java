package org.civcred.text;

/** The legal form an organisation name declares by its suffix, with the suffix civcred writes for it. */
public enum LegalForm {
    /** 有限公司 and 有限责任公司: written 有限公司. */
    LIMITED_LIABILITY("有限公司"),
    /** 股份有限公司 and 股份公司: written 股份有限公司. */
    JOINT_STOCK("股份有限公司"),
    /** (有限合伙) in any bracket style or none: written （有限合伙）. */
    LIMITED_PARTNERSHIP("（有限合伙）"),
    /** (普通合伙): written （普通合伙）. */
    GENERAL_PARTNERSHIP("（普通合伙）"),
    /** (特殊普通合伙), used by law and accounting firms: written （特殊普通合伙）. */
    SPECIAL_GENERAL_PARTNERSHIP("（特殊普通合伙）"),
    /** 个人独资企业. */
    SOLE_PROPRIETORSHIP("个人独资企业"),
    /** 农民专业合作社, 专业合作社, 合作社. */
    COOPERATIVE("合作社"),
    /** No legal-form suffix: government bodies, public institutions, 公司 without 有限, shops. */
    NONE("");

    private final String suffix;

    LegalForm(String suffix) {
        this.suffix = suffix;
    }

    /** The canonical suffix, e.g. {@code 有限公司}; empty for {@link #NONE}. */
    public String suffix() {
        return suffix;
    }
}
