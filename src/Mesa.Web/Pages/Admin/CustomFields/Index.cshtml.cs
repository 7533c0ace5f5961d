using Mesa.Core.CustomFields;
using Mesa.Web.Pages.Common;

namespace Mesa.Web.Pages.Admin.CustomFields;

/// <summary>Guía §14.5 "Campos personalizados": every field in its order, where it applies and how many tickets hold it.</summary>
public sealed class IndexModel(CustomFieldAdministration fields) : ConsolePage
{
    public IReadOnlyList<CustomFieldAdministration.CustomFieldView> All { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => All = await fields.ListAsync(ct);
}
