/** Generated implementation classes of the fire-safety EPackage ({@code src-gen/}). */
package org.example.zeren.firesafety.impl;
