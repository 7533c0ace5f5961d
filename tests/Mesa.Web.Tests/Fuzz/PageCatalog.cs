using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Web.Tests.Fuzz;

/// <summary>A page of the application as its endpoint describes it: where it answers and what its handlers bind.</summary>
public sealed record FuzzPage(string Route, IReadOnlyList<FuzzHandler> Handlers, IReadOnlyList<string> QueryNames)
{
    /// <summary>The route has no parameter that must be filled, so the page can be asked for as it is.</summary>
    public bool IsPlain => !Route.Contains('{', StringComparison.Ordinal) || Route.EndsWith("?}", StringComparison.Ordinal);

    /// <summary>The route without its optional parameter ("/help/{topic?}" → "/help").</summary>
    public string PlainPath => Route.EndsWith("?}", StringComparison.Ordinal) ? Route[..Route.LastIndexOf('/')] : Route;

    /// <summary>Whether a concrete path ("/agent/tickets/12") is this page's.</summary>
    public bool Matches(string path) => new Regex("^" + Regex.Replace(Regex.Escape(Route).Replace("\\{", "{", StringComparison.Ordinal),
        "/?{[^}]+}", m => m.Value.Contains('?', StringComparison.Ordinal) ? "(/[^/]+)?" : "/[^/]+") + "$",
        RegexOptions.IgnoreCase).IsMatch(path);
}

/// <summary>A handler: its HTTP method, its name (null for the page's own OnGet/OnPost) and the form fields it binds.</summary>
public sealed record FuzzHandler(string Method, string? Name, IReadOnlyList<string> Fields);

/// <summary>
/// Every Razor page and handler, read from the application's own endpoint data source, so that a new page is
/// fuzzed (and authorised) without anyone listing it.
/// </summary>
public static class PageCatalog
{
    public static async Task<IReadOnlyList<FuzzPage>> ReadAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var pages = new List<FuzzPage>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } descriptor) continue;
            var compiled = descriptor as CompiledPageActionDescriptor
                           ?? await loader.LoadAsync(descriptor, endpoint.Metadata);
            var properties = compiled.BoundProperties.OfType<PageBoundPropertyDescriptor>().ToList();
            var handlers = compiled.HandlerMethods.Select(h => new FuzzHandler(h.HttpMethod, h.Name,
                    h.Parameters.SelectMany(p => FieldNames(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType, 0))
                        .Concat(properties.SelectMany(p => FieldNames(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType, 0)))
                        .Distinct(StringComparer.OrdinalIgnoreCase).ToList()))
                .ToList();
            var query = properties
                .Where(p => p.Property.GetCustomAttribute<BindPropertyAttribute>()?.SupportsGet == true)
                .SelectMany(p => FieldNames(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType, 0))
                .Concat(compiled.HandlerMethods.Where(h => h.HttpMethod == "GET")
                    .SelectMany(h => h.Parameters.SelectMany(p => FieldNames(p.Name, p.ParameterType, 0))))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            pages.Add(new FuzzPage("/" + endpoint.RoutePattern.RawText!.TrimStart('/'), handlers, query));
        }

        return pages.DistinctBy(p => p.Route).OrderBy(p => p.Route, StringComparer.Ordinal).ToList();
    }

    /// <summary>The names a form posts for a bound value: "Input.Title", "Input.Fields[0].Value", "id".</summary>
    private static IEnumerable<string> FieldNames(string name, Type type, int depth)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (IsFile(plain)) yield break;
        if (IsSimple(plain))
        {
            yield return name;
            yield break;
        }

        if (depth > 2) yield break;
        if (plain != typeof(string) && typeof(IEnumerable).IsAssignableFrom(plain))
        {
            var item = plain.IsArray ? plain.GetElementType()! : plain.GetGenericArguments().FirstOrDefault() ?? typeof(string);
            foreach (var inner in FieldNames(name + "[0]", item, depth + 1)) yield return inner;
            yield break;
        }

        foreach (var property in plain.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            foreach (var inner in FieldNames($"{name}.{property.Name}", property.PropertyType, depth + 1)) yield return inner;
        }
    }

    private static bool IsFile(Type type) =>
        typeof(IFormFile).IsAssignableFrom(type) || typeof(IEnumerable<IFormFile>).IsAssignableFrom(type);

    private static bool IsSimple(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
        || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(Guid)
        || type == typeof(TimeSpan);
}
