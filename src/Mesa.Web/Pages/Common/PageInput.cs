using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Mesa.Web.Pages.Common;

/// <summary>
/// How the pages take what a browser (or anything pretending to be one) sends: a handler the page does not have is
/// a 404 and a method it does not answer a 405, never a page rendered without its data; a value of the wrong kind is
/// a Spanish message beside its field (and <see cref="ConsolePage.TryAsync"/> then acts on nothing).
/// </summary>
public static class PageInput
{
    public static IMvcBuilder AddPageInput(this IMvcBuilder mvc)
    {
        mvc.AddMvcOptions(o =>
        {
            // The domain decides what is required, in Spanish; a non-nullable property is no rule of its own.
            o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            o.Filters.Add(new KnownHandlerOnly());
            o.ModelBinderProviders.Insert(0, new FormBooleanBinderProvider());
        });
        mvc.Services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((o, factory) =>
        {
            var text = factory.Create(typeof(Ui));
            var messages = o.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((_, _) => text["Input.WrongKind"]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => text["Input.WrongKind"]);
            messages.SetUnknownValueIsInvalidAccessor(_ => text["Input.WrongKind"]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["Input.WrongKind"]);
            messages.SetValueIsInvalidAccessor(_ => text["Input.WrongKind"]);
            messages.SetValueMustBeANumberAccessor(_ => text["Input.NotANumber"]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Input.NotANumber"]);
            messages.SetMissingBindRequiredValueAccessor(_ => text["Input.Required"]);
            messages.SetMissingKeyOrValueAccessor(() => text["Input.Required"]);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => text["Input.Required"]);
            messages.SetValueMustNotBeNullAccessor(_ => text["Input.Required"]);
        });
        return mvc;
    }

    /// <summary>Whether model binding refused a value (as opposed to the domain refusing the whole form).</summary>
    public static bool HasBindingErrors(ModelStateDictionary state) =>
        state.Values.Any(v => v.ValidationState == ModelValidationState.Invalid);

    /// <summary>No handler matched: a named one the page lacks is 404; a method the page does not answer is 405.</summary>
    private sealed class KnownHandlerOnly : IPageFilter
    {
        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
        }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
            // Razor Pages falls back to the unnamed handler when the named one does not exist; here it does not.
            var asked = Convert.ToString(context.RouteData.Values["handler"], System.Globalization.CultureInfo.InvariantCulture);
            if (string.IsNullOrEmpty(asked)) asked = context.HttpContext.Request.Query["handler"].ToString();
            if (asked.Length > 0 && !string.Equals(context.HandlerMethod?.Name, asked, StringComparison.OrdinalIgnoreCase))
                context.Result = new NotFoundResult();
            else if (context.HandlerMethod is null && !ShowsOnly(context))
                context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }

        /// <summary>A page without handlers (the access-denied notice, the administration's index) is read, not posted.</summary>
        private static bool ShowsOnly(PageHandlerExecutingContext context) =>
            context.ActionDescriptor.HandlerMethods.Count == 0
            && (HttpMethods.IsGet(context.HttpContext.Request.Method) || HttpMethods.IsHead(context.HttpContext.Request.Method));
    }

    private sealed class FormBooleanBinderProvider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
            context.Metadata.UnderlyingOrModelType == typeof(bool) ? new FormBooleanBinder() : null;
    }

    /// <summary>
    /// A checkbox sends "true" (and its hidden "false"), a select "true"/"false". Anything else is refused beside the
    /// field without keeping the odd value, which the checkbox would otherwise fail to show again.
    /// </summary>
    private sealed class FormBooleanBinder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext context)
        {
            var values = context.ValueProvider.GetValue(context.ModelName);
            if (values == ValueProviderResult.None) return Task.CompletedTask;
            var first = values.FirstValue;
            if (string.IsNullOrEmpty(first))
            {
                if (context.ModelMetadata.IsReferenceOrNullableType) context.Result = ModelBindingResult.Success(null);
                return Task.CompletedTask;
            }

            if (bool.TryParse(first.Trim(), out var value) || TryOn(first, out value))
            {
                context.Result = ModelBindingResult.Success(value);
                return Task.CompletedTask;
            }

            context.ModelState.TryAddModelError(context.ModelName,
                context.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(first, context.ModelName));
            context.Result = ModelBindingResult.Failed();
            return Task.CompletedTask;
        }

        private static bool TryOn(string text, out bool value)
        {
            value = text.Trim().Equals("on", StringComparison.OrdinalIgnoreCase);
            return value;
        }
    }
}
