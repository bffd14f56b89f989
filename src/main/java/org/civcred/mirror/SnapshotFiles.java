package org.civcred.mirror;

/** File names for exported resources: the path, with query or form made safe for any file system. */
final class SnapshotFiles {

    private SnapshotFiles() {
    }

    static String fileName(MirrorResource r) {
        String target = r.target();
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        String query = q < 0 ? "" : target.substring(q + 1);
        if (path.endsWith("/")) {
            path = path + "index";
        }
        String name = path.substring(1);
        String extra = r.method().equals("POST") ? "POST_" + r.formBody() : query;
        if (!extra.isEmpty()) {
            name = name + "@" + safe(extra);
        }
        return name;
    }

    private static String safe(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '-' || c == '_' || c == '=' ? c : '_');
        }
        return b.toString();
    }
}
