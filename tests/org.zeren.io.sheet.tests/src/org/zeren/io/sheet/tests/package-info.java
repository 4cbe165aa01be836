/** OSGi integration tests of org.zeren.io.sheet: POI and Commons CSV inside Equinox. */
package org.zeren.io.sheet.tests;
