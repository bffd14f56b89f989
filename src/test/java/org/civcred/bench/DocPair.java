package org.civcred.bench;

/** An unordered pair of document ids, stored with the smaller id first so equal pairs compare equal. */
public record DocPair(String a, String b) {

    public DocPair {
        if (a.compareTo(b) > 0) {
            String t = a;
            a = b;
            b = t;
        }
    }
}
