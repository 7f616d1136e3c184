using System;
using System.Linq;
using LeadKit.Utility;

namespace LeadKit.Leads;

/// <content>The multi-valued parts of a record: e-mail addresses, phone numbers and postal addresses.</content>
public abstract partial class ContactRecord
{
    /// <summary>Adds an e-mail address at the end of the list.</summary>
    /// <param name="email">The entry.</param>
    /// <exception cref="Validation.LeadKitValidationException">The record already holds that address (domains compare case-insensitively) or is full.</exception>
    public void AddEmail(EmailEntry email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var path = $"Emails[{_emails.Count}]";
        CheckRoom(_emails.Count, path);
        if (_emails.Any(e => e.Address == email.Address))
        {
            throw Preconditions.Invalid(GetType().Name, path + ".Address", "LeadKit.Record.DuplicateEmail", $"The record already has the e-mail address {email.Address}.", email.Address.Value);
        }

        _emails.Add(email);
    }

    /// <summary>Removes an e-mail address.</summary>
    /// <param name="address">The address to remove.</param>
    /// <returns>Whether the record held it.</returns>
    public bool RemoveEmail(EmailAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return _emails.RemoveAll(e => e.Address == address) > 0;
    }

    /// <summary>Removes every e-mail address.</summary>
    public void ClearEmails() => _emails.Clear();

    /// <summary>Adds a phone number at the end of the list.</summary>
    /// <param name="phone">The number.</param>
    /// <exception cref="Validation.LeadKitValidationException">The record is full.</exception>
    public void AddPhone(PhoneNumber phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        CheckRoom(_phones.Count, $"Phones[{_phones.Count}]");
        _phones.Add(phone);
    }

    /// <summary>Removes a phone number (matching kind and number).</summary>
    /// <param name="phone">The number to remove.</param>
    /// <returns>Whether the record held it.</returns>
    public bool RemovePhone(PhoneNumber phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        return _phones.Remove(phone);
    }

    /// <summary>Removes every phone number.</summary>
    public void ClearPhones() => _phones.Clear();

    /// <summary>Adds a postal address at the end of the list.</summary>
    /// <param name="address">The address.</param>
    /// <exception cref="Validation.LeadKitValidationException">The address is flagged as the mailing address while another one already is, or the record is full.</exception>
    public void AddAddress(PostalAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var path = $"Addresses[{_addresses.Count}]";
        CheckRoom(_addresses.Count, path);
        if (address.IsMailing && _addresses.Any(a => a.IsMailing))
        {
            var existing = _addresses.FindIndex(a => a.IsMailing);
            throw Preconditions.Invalid(GetType().Name, path + ".IsMailing", "LeadKit.Record.SecondMailingAddress",
                $"Only one postal address can be the mailing address, and Addresses[{existing}] already is; call SetMailingAddress to move the flag.");
        }

        _addresses.Add(address);
    }

    /// <summary>Removes a postal address.</summary>
    /// <param name="address">The address to remove.</param>
    /// <returns>Whether the record held it.</returns>
    public bool RemoveAddress(PostalAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return _addresses.Remove(address);
    }

    /// <summary>Removes every postal address.</summary>
    public void ClearAddresses() => _addresses.Clear();

    /// <summary>Flags one address as the mailing address (and unflags the others), or unflags all.</summary>
    /// <param name="index">The index in <see cref="Addresses"/>, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not an index of <see cref="Addresses"/>.</exception>
    public void SetMailingAddress(int? index)
    {
        if (index is { } i && (i < 0 || i >= _addresses.Count))
        {
            throw new ArgumentOutOfRangeException(nameof(index), i, $"The record has {_addresses.Count} postal addresses.");
        }

        for (var k = 0; k < _addresses.Count; k++)
        {
            _addresses[k] = _addresses[k].WithMailing(k == index);
        }
    }

    private void CheckRoom(int count, string path)
    {
        if (count >= MaxEntries)
        {
            throw Preconditions.Invalid(GetType().Name, path, "LeadKit.Record.TooManyEntries", $"A record holds at most {MaxEntries} entries of each kind.");
        }
    }
}
