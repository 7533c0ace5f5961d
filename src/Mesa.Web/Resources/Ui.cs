namespace Mesa.Web.Resources;

/// <summary>The words of the pages: <c>Ui.resx</c> (Spanish, the default) and <c>Ui.en.resx</c> (English).</summary>
public sealed class Ui;
