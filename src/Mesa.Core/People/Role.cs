using Microsoft.AspNetCore.Identity;

namespace Mesa.Core.People;

public sealed class Role : IdentityRole<long>
{
    public Role()
    {
    }

    public Role(string name) : base(name)
    {
    }
}
