using GraphQL;
using GraphQL.Types;
using SalesGraph.GraphQL;
using SalesGraph.GraphQL.Mutations;

namespace SalesGraph.Resolving.Writes;

/// <summary>
/// A root field that runs one declared mutation per item of its input, each in its own transaction, and reports per
/// item (e.g. <c>importPayments</c> over <c>recordPayment</c>): who may run it, and the audit action, are the item
/// mutation's.
/// </summary>
public abstract class MutationBatch
{
    /// <summary>Adds the field and its payload type to the root mutation type.</summary>
    internal abstract void AddTo(ObjectGraphType mutation);

    /// <summary>Declares the batch field <paramref name="name"/>(input: <typeparamref name="TBatchInputGraphType"/>!).</summary>
    /// <typeparam name="TBatchInputGraphType">The batch's input object type.</typeparam>
    /// <typeparam name="TBatchInput">Its CLR type.</typeparam>
    /// <typeparam name="TItem">The item mutation's input.</typeparam>
    /// <param name="name">The field name, e.g. <c>importPayments</c>.</param>
    /// <param name="item">The mutation each item runs as.</param>
    /// <param name="description">What it does; the item mutation's rule sentence is appended.</param>
    /// <param name="inputDescription">The description of its <c>input</c> argument.</param>
    /// <param name="payload">The batch payload type's name and description, e.g. <c>ImportPaymentsPayload</c>.</param>
    /// <param name="itemPayloadName">The per-item payload type's name, e.g. <c>ImportedPaymentPayload</c>.</param>
    /// <param name="resultsDescription">The description of the payload's <c>results</c>.</param>
    /// <param name="items">The items of an input.</param>
    /// <param name="maxItems">The most items one call may carry.</param>
    /// <param name="handleItem">The work of item <c>i</c>, whose input errors' paths start at <c>["input", "items", i]</c>.</param>
    public static MutationBatch Of<TBatchInputGraphType, TBatchInput, TItem>(
        string name, MutationDeclaration<TItem> item, string description, string inputDescription, (string Name, string Description) payload, string itemPayloadName,
        string resultsDescription, Func<TBatchInput, IReadOnlyList<TItem>> items, int maxItems, Func<WriteUnit, TItem, int, Task<MutationPayload>> handleItem)
        where TBatchInputGraphType : IInputObjectGraphType =>
        new Batch<TBatchInput, TItem>(name, typeof(TBatchInputGraphType), item, description, inputDescription, payload, itemPayloadName, resultsDescription, items, maxItems, handleItem);

    private sealed class Batch<TBatchInput, TItem>(
        string name, Type inputGraphType, MutationDeclaration<TItem> item, string description, string inputDescription, (string Name, string Description) payload,
        string itemPayloadName, string resultsDescription, Func<TBatchInput, IReadOnlyList<TItem>> items, int maxItems,
        Func<WriteUnit, TItem, int, Task<MutationPayload>> handleItem) : MutationBatch
    {
        internal override void AddTo(ObjectGraphType mutation)
        {
            var itemPayload = new PayloadGraphType(itemPayloadName, item.EntityField, item.EntityGraphType);
            mutation.Field(name, new NonNullGraphType(new BatchPayloadGraphType(payload.Name, payload.Description, itemPayload, resultsDescription)))
                .Description($"{description} {item.Rule.Describe()}")
                .Argument(typeof(NonNullGraphType<>).MakeGenericType(inputGraphType), "input", a => a.Description = inputDescription)
                .ResolveAsync(async c => await RunAsync(c, items(c.GetArgument<TBatchInput>("input"))))
                .FieldType.MarkAsPlumbing();
        }

        private async Task<IReadOnlyList<MutationPayload>> RunAsync(IResolveFieldContext context, IReadOnlyList<TItem> inputs)
        {
            if (inputs.Count == 0 || inputs.Count > maxItems)
            {
                return [MutationPayload.Refused([UserError.Validation($"1 to {maxItems} items.", "input", "items")])];
            }

            var results = new List<MutationPayload>(inputs.Count);
            for (var i = 0; i < inputs.Count; i++)
            {
                var index = i;
                results.Add(await item.RunAsync(context, inputs[i], w => handleItem(w, inputs[index], index)));
            }

            return results;
        }
    }
}
