package org.irlint.core;

/** Media attached to a post. Only the type and the alt text are known; never the pixels. */
public record Attachment(String type, String altText) {
    public Attachment {
        type = type == null || type.isBlank() ? "image" : type;
    }

    public boolean hasAltText() {
        return altText != null && !altText.isBlank();
    }
}
