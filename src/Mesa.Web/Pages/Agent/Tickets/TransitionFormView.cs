namespace Mesa.Web.Pages.Agent.Tickets;

/// <summary>One of the ticket's one-note transitions (Rechazar, Revocar, Firma en Servicio 1ª Línea) as a small form.</summary>
public sealed record TransitionFormView(DetailsModel Page, string Handler, string Title, string Hint, string Submit)
{
    public bool Failed => Page.FailedForm == nameof(DetailsModel.Transition) && Page.Request.Query["handler"] == Handler;
}
