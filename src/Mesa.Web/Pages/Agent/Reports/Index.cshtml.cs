using Mesa.Core.Reports;
using Mesa.Web.Pages.Common;

namespace Mesa.Web.Pages.Agent.Reports;

/// <summary>Guía §4 "generación de reportes y seguimiento de los ANS": the reports, each with what it tells.</summary>
public sealed class IndexModel : ConsolePage
{
    public IReadOnlyList<ReportDefinition> Reports => ReportCatalog.All;
}
