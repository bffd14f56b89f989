package org.civcred.mirror.site;

import java.util.ArrayList;
import java.util.List;
import org.civcred.model.CrawlRequest;

/** The page frame every HTML page of a host shares: head metas, header and nav, breadcrumb, footer. */
public final class Html {

    private Html() {
    }

    public static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public static String attr(String s) {
        return esc(s).replace("\"", "&quot;");
    }

    /**
     * @param metas  extra head metas as name/content pairs (publishdate, contentid …)
     * @param crumbs breadcrumb labels after 首页, already joined with {@code &gt;}
     */
    public static String page(Host host, String title, List<String[]> metas, String crumbs, String main) {
        StringBuilder b = new StringBuilder(4096 + main.length());
        b.append(doctype(host)).append("\n<html>\n<head>\n").append(charsetMeta(host)).append('\n');
        b.append("<title>").append(esc(title)).append('_').append(esc(host.siteName())).append("</title>\n");
        b.append("<meta name=\"keywords\" content=\"").append(attr(host.siteName())).append("\">\n");
        for (String[] m : metas) {
            b.append("<meta name=\"").append(m[0]).append("\" content=\"").append(attr(m[1])).append("\">\n");
        }
        b.append("<link rel=\"stylesheet\" type=\"text/css\" href=\"/css/style.css\">\n</head>\n<body>\n");
        b.append("<div class=\"header\"><div class=\"logo\">").append(esc(host.siteName())).append("</div>\n<ul class=\"nav\">");
        for (String[] n : host.nav()) {
            b.append("<li><a href=\"").append(n[1]).append("\">").append(esc(n[0])).append("</a></li>");
        }
        b.append("</ul></div>\n");
        b.append("<div class=\"breadcrumb\">首页 &gt; ").append(crumbs).append("</div>\n");
        b.append("<div class=\"main\">\n").append(main).append("\n</div>\n");
        b.append("<div class=\"footer\"><p>主办单位：").append(esc(host.sponsor())).append("</p>\n<p>版权所有：")
                .append(esc(host.siteName())).append("　<span class=\"icp\">").append(esc(host.icp()))
                .append("</span></p></div>\n</body>\n</html>\n");
        return b.toString();
    }

    /** The nav targets, which every HTML page of the host links. */
    public static List<CrawlRequest> navLinks(Host host) {
        List<CrawlRequest> links = new ArrayList<>();
        for (String[] n : host.nav()) {
            links.add(CrawlRequest.get(n[1]));
        }
        return links;
    }

    private static String doctype(Host host) {
        if (host == Hosts.TJWENMING || host == Hosts.NANYANG) {
            return "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
                    + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">";
        }
        return "<!DOCTYPE html>";
    }

    private static String charsetMeta(Host host) {
        if (host == Hosts.TJWENMING) {
            return "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">";
        }
        if (host == Hosts.NANYANG) {
            return "<meta charset=\"gbk\">";
        }
        return "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">";
    }
}
