/** Generated switch and adapter factory of the fire-safety EPackage ({@code src-gen/}). */
package org.example.zeren.firesafety.util;
