package org.wps.commitments.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title, description and security scheme of the OpenAPI description served at {@code /api/openapi}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI trackerApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("CRSV Commitment Tracker API")
                        .version("1")
                        .description("Commitments by parties to conflict to prevent conflict-related sexual violence: "
                                + "their lifecycle, implementation plans and activities, compliance concerns, annual "
                                + "report inputs. Every call needs HTTP Basic credentials of a tracker user and sees "
                                + "only that user's missions. Errors are RFC 9457 problem details "
                                + "(application/problem+json). Never send personal data about survivors, witnesses "
                                + "or incidents: only opaque MARA references and counts."))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
