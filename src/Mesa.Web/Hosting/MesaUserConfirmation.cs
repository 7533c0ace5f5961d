using Mesa.Core.People;
using Microsoft.AspNetCore.Identity;

namespace Mesa.Web.Hosting;

/// <summary>Identity asks this before any sign-in: a self-registered account waits for its e-mail to be confirmed.</summary>
public sealed class MesaUserConfirmation : IUserConfirmation<User>
{
    public Task<bool> IsConfirmedAsync(UserManager<User> manager, User user) => Task.FromResult(!user.AwaitingConfirmation);
}
