import express from 'express';
import { GraphQLError } from 'graphql';
import type { AppConfig } from '../../config';
import { resolveViewer } from '../../context';
import { httpStatusOf } from '../../errors';
import { exportContactData } from './data-rights.service';

// `GET /export/contacts/<contact id>` with an admin's bearer token: everything stored about
// one contact, as one JSON document (a download). An HTTP route rather than a GraphQL
// field: the document is the stored records as they are (every field, present and future,
// without an SDL type mirroring each collection), and it downloads as a file an admin
// hands over, like the CSV exports beside it.

export function contactDataExportRouter(config: AppConfig): express.Router {
  const router = express.Router();
  router.get('/contacts/:id', async (req, res) => {
    try {
      const viewer = await resolveViewer(config, req.headers.authorization, req);
      const data = await exportContactData(viewer, req.params.id);
      res.status(200);
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="contact-${data.contactId}.json"`);
      res.setHeader('cache-control', 'no-store');
      // ObjectIds become their hex strings and dates ISO 8601 strings (their toJSON).
      res.send(JSON.stringify(data, null, 2));
    } catch (error) {
      const code = error instanceof GraphQLError ? String(error.extensions.code ?? '') : '';
      const status = httpStatusOf(code);
      if (status >= 500) {
        console.error('[export] contact data failed:', error);
        res
          .status(httpStatusOf('INTERNAL_SERVER_ERROR'))
          .json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        return;
      }
      res.status(status).json({ errors: [{ message: (error as GraphQLError).message, extensions: { code } }] });
    }
  });
  return router;
}
