package org.mingjing.publicity.web;

import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Absolute addresses of the public pages, for the feeds and the CSV, which are read away from the site: from
 * {@code mingjing.public-base-url} when the site stands behind a proxy, else from the request.
 */
@Component
class PublicLinks {

    private final String publicBaseUrl;

    PublicLinks(@Value("${mingjing.public-base-url:}") String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    String base() {
        UriComponentsBuilder base = publicBaseUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath()
                : UriComponentsBuilder.fromUriString(publicBaseUrl);
        String url = base.build().toUriString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A decision's page under {@code base} (one {@link #base()} serves a whole feed). */
    static String decision(String base, String id) {
        return base + "/portal/decisions/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }
}
