using Microsoft.OpenApi;

namespace ClauseLens.Server.Hosting;

/// <summary>
/// Documents request bodies that handlers read themselves. <c>Accepts&lt;T&gt;()</c> would do it too,
/// but it also makes routing answer a wrong content type with a bare 415 before the handler can
/// explain which types it takes.
/// </summary>
public static class OpenApiBodies
{
    /// <summary>Documents a JSON body of <typeparamref name="T"/>.</summary>
    public static RouteHandlerBuilder DocumentJsonBody<T>(this RouteHandlerBuilder endpoint) =>
        endpoint.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(T), null, cancellationToken);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
            };
        });

    /// <summary>Documents a multipart upload of one file plus an optional playbook id.</summary>
    public static RouteHandlerBuilder DocumentFileUpload(this RouteHandlerBuilder endpoint, string description) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["multipart/form-data"] = new()
                    {
                        Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Required = new HashSet<string> { "file" },
                            Properties = new Dictionary<string, IOpenApiSchema>
                            {
                                ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                                ["playbook"] = new OpenApiSchema { Type = JsonSchemaType.String },
                            },
                        },
                    },
                },
            };
            return Task.CompletedTask;
        });

    /// <summary>
    /// Documents a playbook upload: the YAML as the body (each YAML media type), JSON
    /// <c>{ "yaml": "…" }</c>, or one file in the multipart field <c>file</c>.
    /// </summary>
    public static RouteHandlerBuilder DocumentPlaybookUpload(this RouteHandlerBuilder endpoint) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            var content = new Dictionary<string, OpenApiMediaType>();
            foreach (var type in Playbooks.PlaybookUpload.YamlMediaTypes)
            {
                content[type] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The playbook's YAML." } };
            }

            content["application/json"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "yaml" },
                    Properties = new Dictionary<string, IOpenApiSchema> { ["yaml"] = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            };
            content["multipart/form-data"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "file" },
                    Properties = new Dictionary<string, IOpenApiSchema> { ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                },
            };
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "A playbook in YAML, as in server/ClauseLens.Analysis/Playbooks/playbooks/*.yaml (GET /api/playbooks/{id} shows a built-in one's rules).",
                Content = content,
            };
            return Task.CompletedTask;
        });
}
