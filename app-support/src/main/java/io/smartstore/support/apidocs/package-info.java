/**
 * The apps' OpenAPI documents, curated the same way in both: who may call each operation ({@link io.smartstore.support.security.CalledBy}), every
 * refusal it may answer as {@code application/problem+json} with its {@code code} values ({@link Refuses} and the
 * constraints' {@link io.smartstore.protocol.wire.RefusedAs}), the security schemes that exist, tags by feature.
 */
@NullMarked
package io.smartstore.support.apidocs;

import org.jspecify.annotations.NullMarked;
