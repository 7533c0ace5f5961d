using Mesa.Core.Common;
using Mesa.Web.Pages.Common;
using Microsoft.AspNetCore.Mvc;

namespace Mesa.Web.Pages.Approvals;

/// <summary>
/// What the approvers' pages share (a change's committee, a request's flow): the signed link's token, the decision the
/// link chose (which the approver may change), the comment, and the page's answer in words. Opening the page changes
/// nothing; only its post decides.
/// </summary>
public abstract class ApprovalLinkPage : ConsolePage
{
    [BindProperty(SupportsGet = true, Name = "t")]
    public string? Token { get; set; }

    /// <summary>"approve" or "reject", as the link chose it; the approver may change it before confirming.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Decision { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    /// <summary>Why the question cannot be answered here (a broken or expired link, a record no longer waiting).</summary>
    public string? Problem { get; protected set; }

    /// <summary>What the decision did, once given.</summary>
    public string? Done { get; protected set; }

    /// <summary>The decision posted: true to approve; bad input when there is none.</summary>
    protected bool Approves() => Decision switch
    {
        "approve" => true,
        "reject" => false,
        _ => throw new InputException("decision", Rules.Required),
    };

    protected Display Show => HttpContext.RequestServices.GetRequiredService<Display>();
}
