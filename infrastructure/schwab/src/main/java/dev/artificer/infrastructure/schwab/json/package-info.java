/** JSON reading shared by this module's API packages; not meant for callers of the client. */
package dev.artificer.infrastructure.schwab.json;
