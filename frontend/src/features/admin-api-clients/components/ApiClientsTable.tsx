import { formatDate } from "@/lib/format";
import type { ApiClient } from "@/features/admin-api-clients/api/api-clients";

export type ClientAction = "rotate" | "revoke";

interface ApiClientsTableProps {
  clients: readonly ApiClient[];
  onAction: (client: ApiClient, action: ClientAction) => void;
}

/** The organisation's API clients, with rotate and revoke for those still in use. */
export function ApiClientsTable({ clients, onAction }: ApiClientsTableProps) {
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet">
      <caption className="govuk-table__caption govuk-visually-hidden">API clients</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {["Name and client ID", "Scopes", "Created", "Secret last rotated", "Status"].map(
            (label) => (
              <th scope="col" className="govuk-table__header" key={label}>
                {label}
              </th>
            ),
          )}
          <th scope="col" className="govuk-table__header">
            <span className="govuk-visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {clients.map((client) => (
          <tr className="govuk-table__row" key={client.id}>
            <td className="govuk-table__cell">
              {client.name}
              <br />
              <code className="app-table__cell--break">{client.client_id}</code>
            </td>
            <td className="govuk-table__cell">
              <ul className="govuk-list govuk-!-font-size-16 govuk-!-margin-bottom-0">
                {client.scopes.map((scope) => (
                  <li key={scope}>
                    <code>{scope}</code>
                  </li>
                ))}
              </ul>
            </td>
            <td className="govuk-table__cell">{formatDate(client.created_at)}</td>
            <td className="govuk-table__cell">
              {client.secret_rotated_at ? formatDate(client.secret_rotated_at) : "Never"}
            </td>
            <td className="govuk-table__cell">
              {client.revoked_at ? (
                <strong className="govuk-tag govuk-tag--red">Revoked</strong>
              ) : (
                <strong className="govuk-tag govuk-tag--green">Active</strong>
              )}
              {client.revoked_at ? (
                <span className="govuk-body-s app-block">{formatDate(client.revoked_at)}</span>
              ) : null}
            </td>
            <td className="govuk-table__cell">
              {client.revoked_at ? null : (
                <div className="app-table__actions">
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1"
                    onClick={() => {
                      onAction(client, "rotate");
                    }}
                  >
                    Rotate secret<span className="govuk-visually-hidden"> for {client.name}</span>
                  </button>
                  <button
                    type="button"
                    className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                    onClick={() => {
                      onAction(client, "revoke");
                    }}
                  >
                    Revoke<span className="govuk-visually-hidden"> {client.name}</span>
                  </button>
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
