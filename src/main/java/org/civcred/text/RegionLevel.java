package org.civcred.text;

/** The three levels of the GB/T 2260 code: province-level, prefecture-level and county-level divisions. */
public enum RegionLevel {
    /** 省, 自治区, 直辖市, 特别行政区: codes {@code xx0000}. */
    PROVINCE,
    /** 地级市, 地区, 自治州, 盟: codes {@code xxxx00}. */
    PREFECTURE,
    /** 市辖区, 县, 县级市, 自治县, 旗, 林区, 特区 and the statistical development zones. */
    COUNTY
}
