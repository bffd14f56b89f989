package org.civcred.mirror.site;

import java.nio.charset.Charset;
import java.util.List;
import org.civcred.model.Family;

/**
 * One mirrored host and its wire habits, as the mirror↔profile contract fixes them.
 *
 * @param profile     the site profile that extracts it (ground truth "site")
 * @param htmlType    the exact Content-Type header of its HTML pages (GBK quirks included)
 * @param charset     how its pages are encoded (GB18030 for the GBK hosts)
 * @param robots      robots.txt text, or null when the host answers 404 for it
 * @param gzip        whether it compresses bodies for {@code Accept-Encoding: gzip}
 * @param siteName    the site's own name, for titles and headers
 * @param sponsor     the 主办单位 of the footer
 * @param icp         the ICP licence line of the footer
 * @param nav         navigation entries: label, absolute URL (only pages the mirror serves)
 */
public record Host(String name, Family family, String profile, String htmlType, Charset charset, String server,
                   String robots, boolean gzip, String siteName, String sponsor, String icp, List<String[]> nav) {

    public String base() {
        return "http://" + name;
    }
}
