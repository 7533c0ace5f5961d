namespace Mesa.Web.Resources;

/// <summary>The help pages (Guía §11 "El hipervínculo de ayuda"): <c>HelpText.resx</c> (Spanish) and <c>HelpText.en.resx</c>.</summary>
public sealed class HelpText
{
    /// <summary>Every page's help topic, in the order of the help index.</summary>
    public static readonly string[] Topics = ["sign-in", "panel", "alerts", "knowledge", "problems", "changes", "tasks", "approvals", "reports", "people", "substates", "custom-fields", "settings", "mailboxes", "outgoing-mail", "configuration", "proactivanet", "webhooks", "list", "ticket", "new", "templates", "admin", "mail-templates", "mail-problems", "personal-data", "windows-sign-in", "directory", "second-factor", "security", "routing", "portal", "api"];
}
