package org.civcred.mirror.content;

/**
 * A county-level division with its GB/T 2260 code. For the municipalities (天津市) province and
 * city are the same name and are written once.
 */
public record Region(String code, String province, String city, String county) {

    public boolean municipality() {
        return province.equals(city);
    }

    /** 河南省南阳市桐柏县, 天津市河西区. */
    public String full() {
        return municipality() ? city + county : province + city + county;
    }

    /** 南阳市桐柏县 / 天津市河西区. */
    public String cityCounty() {
        return city + county;
    }

    /** 河南 / 天津 / 新疆 / 内蒙古: how list tables write the province. */
    public String provinceShort() {
        return province.replace("维吾尔自治区", "").replace("自治区", "").replace("省", "").replace("市", "");
    }

    /** 南阳 / 天津 / 乌鲁木齐. */
    public String cityShort() {
        return city.endsWith("市") ? city.substring(0, city.length() - 1) : city;
    }

    /** The prefecture-level code (411300) this county belongs to; 120000 for Tianjin's districts. */
    public String cityCode() {
        return municipality() ? code.substring(0, 2) + "0000" : code.substring(0, 4) + "00";
    }
}
