namespace Mesa.Web.Pages.Common;

/// <summary>
/// The satisfaction survey's five answers in a form (Guía §14.4): the input's name, its ids' prefix and the answer
/// chosen. Nothing is drawn while the administration has the survey off.
/// </summary>
public sealed record SurveyView(string Name, string IdPrefix, string? Chosen);
