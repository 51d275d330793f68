using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace NodePoint.Host.Api;

/// <summary>The OpenAPI document of <c>/api/v1</c> (served at <c>/openapi/v1.json</c>): every REST endpoint of every loaded component.</summary>
internal static class ApiDocumentation
{
    public const string DocumentPath = "/openapi/{documentName}.json";

    public static void Configure(OpenApiOptions options)
    {
        options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1", StringComparison.OrdinalIgnoreCase) == true;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "NodePoint REST API",
                Version = "v1",
                Description = "JSON over HTTP with the access levels of the pages. Authenticate with a personal API token "
                    + "(Authorization: Bearer np_…, made on your settings page) or the session cookie plus the RequestVerificationToken header. "
                    + "Errors are problem details; lists are paged with page and size.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["token"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer", Description = "A personal API token.",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("token", document)] = [] });
            return Task.CompletedTask;
        });
    }
}
