package org.civcred.text;

import java.util.List;

/**
 * A person's name as published, and its normalised form for matching.
 *
 * @param normalized    simplified, without spaces, titles or bracketed notes; name dots written {@code ·}
 * @param raw           the text as given
 * @param minorityStyle the name is a transcription with a name dot ({@code 阿依古丽·买买提})
 * @param surname       best-effort surname: two characters for compound surnames (欧阳, 司马 …), one
 *                      otherwise, empty for dotted or Latin-script names where none can be told
 * @param masked        the name is hidden or partial ({@code 王**}, {@code 李某某}, {@code 张某},
 *                      {@code 王先生}): it must never be matched as a full name
 * @param dropped       titles, honorifics and bracketed notes removed from the raw text, in order
 *                      ({@code 同志}, {@code 女}, {@code 已故}, {@code 追授} …)
 */
public record PersonName(String normalized, String raw, boolean minorityStyle, String surname, boolean masked,
        List<String> dropped) {

    public PersonName {
        dropped = List.copyOf(dropped);
    }

    /** True when nothing usable as a name was left. */
    public boolean isEmpty() {
        return normalized.isEmpty();
    }

    /** True when the name can serve as (weak) evidence of identity: present and not masked. */
    public boolean isMatchable() {
        return !normalized.isEmpty() && !masked;
    }
}
