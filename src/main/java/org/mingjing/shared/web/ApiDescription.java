package org.mingjing.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The heading of the OpenAPI description at {@code /v3/api-docs}: what the API is and how to authenticate
 * (HTTP Basic for integrations and scripts; {@code /api/public/**} needs nothing).
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    @Bean
    OpenAPI mingjingOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Mingjing API").version("1")
                        .description("Administrative enforcement of civil-affairs bureaus: organisation, calendar "
                                + "and deadlines, and the modules that follow. Errors are RFC 9457 problem details "
                                + "with a Chinese detail; lists are {items, total} with page (from 0) and size."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
