// The only transactions `npm run contract` skips, each with its reason: statuses
// no request can honestly provoke. The runner refuses a skip of a whole
// operation, or of a status the operation does not document.
const SKIPS = [
  {
    operations: ['getHealth'],
    statuses: [500],
    reason: 'getHealth reports a failing database as 503 degraded, never as 500; only a bug could provoke its 500',
  },
  {
    operations: [
      'createGallery', 'deleteGallery', 'updateGallery', 'uploadPhotos', 'deletePhoto', 'createShareAccessToken', 'addFavorite', 'removeFavorite', 'validateSelection', 'createWebhook', 'deleteWebhook', 'updateWebhook', 'testWebhook', 'rotateWebhookSecret', 'redeliverWebhookDelivery',
    ],
    statuses: [507],
    reason: 'a full or read-only disk or database cannot be made for one request here; test/resilience/full-disk.test.ts provokes it for real on a 16 MB tmpfs (uploads and writes alike map the same I/O errors, src/errors/io-faults.ts)',
  },
  {
    operations: ['uploadPhotos'],
    statuses: [503],
    reason: 'S3 not answering and a full image queue are provoked by test/photos/storage-faults.test.ts and test/photos/image-budget.test.ts',
  },
  {
    operations: ['createShareAccessToken'],
    statuses: [422],
    reason: "a reused Idempotency-Key on a share link is scoped to the visitor (link, address and browser), which a fixture cannot know for Dredd's own client; test/idempotency/share-links.test.ts provokes it",
  },
];

module.exports = { SKIPS };
