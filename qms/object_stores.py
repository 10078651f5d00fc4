"""The object stores behind the default storage (qms.settings: S3_BUCKET, AZURE_CONTAINER), in
a module of their own: their libraries (boto3, the Azure SDK) are imported only where the
settings name one of them. What they share with the disk storage is in qms.storage."""

from __future__ import annotations

from azure.core.exceptions import ResourceNotFoundError
from storages.backends.azure_storage import AzureStorage
from storages.backends.s3 import S3Storage

from qms.storage import StoredObjects


class ObjectStorage(StoredObjects, S3Storage):
    """Files in an S3-compatible object store (settings: S3_* from the environment).

    Private objects (no ACL beyond the bucket's), never overwritten (a second file of the same
    name gets another name), server-side encryption asked for where the store offers it. A file
    is read into a temporary file that stays in memory up to 5 MB and spills to disk beyond."""

    def get_default_settings(self):
        defaults = super().get_default_settings()
        defaults.update(
            file_overwrite=False,
            default_acl=None,
            querystring_auth=True,
            querystring_expire=60,  # a pre-signed URL is for the person just checked, now
            max_memory_size=5 * 1024 * 1024,
        )
        return defaults


class AzureObjectStorage(StoredObjects, AzureStorage):
    """Files in an Azure Blob Storage container (settings: AZURE_* from the environment).

    What ObjectStorage is for S3: private blobs (the container has no public access), never
    overwritten, a shared access signature of a minute where a URL is asked for, read into a
    temporary file that stays in memory up to 5 MB. A blob is fetched when it is opened, so a
    missing one is a FileNotFoundError there (a 404 in the views), as on a disk or in S3, not an
    error half-way through the response."""

    def _get_service_client(self):
        # django-storages passes client_options only without a connection string; with one too.
        if self.connection_string is not None:
            from azure.storage.blob import BlobServiceClient

            return BlobServiceClient.from_connection_string(
                self.connection_string, **self.client_options
            )
        return super()._get_service_client()

    def _open(self, name, mode="rb"):
        handle = super()._open(name, mode)
        if "r" in mode:
            try:
                handle.file  # noqa: B018 (downloads the blob now)
            except ResourceNotFoundError as missing:
                raise FileNotFoundError(f"File does not exist: {name}") from missing
        return handle

    def get_default_settings(self):
        defaults = super().get_default_settings()
        defaults.update(
            overwrite_files=False,
            expiration_secs=60,
            max_memory_size=5 * 1024 * 1024,
            # A store that does not answer: a 503 within 1-2 s (one retry after about a second),
            # not after the SDK's default of three retries from 15 s of back-off (80 s measured).
            client_options={
                "retry_total": 1,
                "initial_backoff": 0.5,
                "increment_base": 1,
                "random_jitter_range": 0.5,
                "connection_timeout": 3,
            },
        )
        return defaults
