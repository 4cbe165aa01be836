/**
 * The invented example organisation of the district 绿建区 (a committee, eight departments, a dozen
 * production and business entities with their posts, and supervision links), written by
 * {@code zeren new-example-organisation} to {@code examples/lvjian-organisation.zeren}. Names, codes and
 * figures are made up; nothing describes a real organisation.
 */
package org.zeren.cli.example;
