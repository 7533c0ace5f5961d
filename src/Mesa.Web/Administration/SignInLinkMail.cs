using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Web.Pages.Account;

namespace Mesa.Web.Administration;

/// <summary>
/// An administrator sends a person a sign-in link (a new account without a password, one who forgot theirs): the same
/// link and mail the person would get by asking on the sign-in page, single-use and short-lived.
/// </summary>
public sealed class SignInLinkMail(PeopleAdministration people, AccountMail mail)
{
    public async Task SendAsync(HttpRequest request, string userName, CancellationToken ct)
    {
        var person = await people.GetAsync(userName, ct);
        if (!person.Active) throw new DomainException(Rules.PersonInactive, person.UserName);
        if (string.IsNullOrWhiteSpace(person.Email)) throw new DomainException(Rules.PersonHasNoAddress, person.UserName);
        if (!mail.IsConfigured) throw new DomainException(Rules.MailNotConfigured);
        var page = mail.Url(request, "/account/link");
        mail.Later((services, token) => SignInLinkModel.LinkMailAsync(services, person.UserName, page, token));
    }
}
