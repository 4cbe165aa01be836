/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.zeren.model.LegalBasis;
import org.zeren.model.LegalBasisVersion;
import org.zeren.model.LegalReference;
import org.zeren.model.ZerenPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Legal Reference</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.impl.LegalReferenceImpl#getBasis <em>Basis</em>}</li>
 *   <li>{@link org.zeren.model.impl.LegalReferenceImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.zeren.model.impl.LegalReferenceImpl#getArticle <em>Article</em>}</li>
 *   <li>{@link org.zeren.model.impl.LegalReferenceImpl#getParagraph <em>Paragraph</em>}</li>
 *   <li>{@link org.zeren.model.impl.LegalReferenceImpl#getItem <em>Item</em>}</li>
 *   <li>{@link org.zeren.model.impl.LegalReferenceImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LegalReferenceImpl extends ModelElementImpl implements LegalReference {
	/**
	 * The cached value of the '{@link #getBasis() <em>Basis</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasis()
	 * @generated
	 * @ordered
	 */
	protected LegalBasis basis;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected LegalBasisVersion version;

	/**
	 * The default value of the '{@link #getArticle() <em>Article</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArticle()
	 * @generated
	 * @ordered
	 */
	protected static final Integer ARTICLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArticle() <em>Article</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArticle()
	 * @generated
	 * @ordered
	 */
	protected Integer article = ARTICLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getParagraph() <em>Paragraph</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParagraph()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PARAGRAPH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParagraph() <em>Paragraph</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParagraph()
	 * @generated
	 * @ordered
	 */
	protected Integer paragraph = PARAGRAPH_EDEFAULT;

	/**
	 * The default value of the '{@link #getItem() <em>Item</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItem()
	 * @generated
	 * @ordered
	 */
	protected static final Integer ITEM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getItem() <em>Item</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItem()
	 * @generated
	 * @ordered
	 */
	protected Integer item = ITEM_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LegalReferenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ZerenPackage.Literals.LEGAL_REFERENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LegalBasis getBasis() {
		if (basis != null && basis.eIsProxy()) {
			InternalEObject oldBasis = (InternalEObject)basis;
			basis = (LegalBasis)eResolveProxy(oldBasis);
			if (basis != oldBasis) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ZerenPackage.LEGAL_REFERENCE__BASIS, oldBasis, basis));
			}
		}
		return basis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LegalBasis basicGetBasis() {
		return basis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBasis(LegalBasis newBasis) {
		LegalBasis oldBasis = basis;
		basis = newBasis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.LEGAL_REFERENCE__BASIS, oldBasis, basis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LegalBasisVersion getVersion() {
		if (version != null && version.eIsProxy()) {
			InternalEObject oldVersion = (InternalEObject)version;
			version = (LegalBasisVersion)eResolveProxy(oldVersion);
			if (version != oldVersion) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ZerenPackage.LEGAL_REFERENCE__VERSION, oldVersion, version));
			}
		}
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LegalBasisVersion basicGetVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(LegalBasisVersion newVersion) {
		LegalBasisVersion oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.LEGAL_REFERENCE__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getArticle() {
		return article;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArticle(Integer newArticle) {
		Integer oldArticle = article;
		article = newArticle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.LEGAL_REFERENCE__ARTICLE, oldArticle, article));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getParagraph() {
		return paragraph;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParagraph(Integer newParagraph) {
		Integer oldParagraph = paragraph;
		paragraph = newParagraph;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.LEGAL_REFERENCE__PARAGRAPH, oldParagraph, paragraph));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getItem() {
		return item;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItem(Integer newItem) {
		Integer oldItem = item;
		item = newItem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.LEGAL_REFERENCE__ITEM, oldItem, item));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.LEGAL_REFERENCE__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ZerenPackage.LEGAL_REFERENCE__BASIS:
				if (resolve) return getBasis();
				return basicGetBasis();
			case ZerenPackage.LEGAL_REFERENCE__VERSION:
				if (resolve) return getVersion();
				return basicGetVersion();
			case ZerenPackage.LEGAL_REFERENCE__ARTICLE:
				return getArticle();
			case ZerenPackage.LEGAL_REFERENCE__PARAGRAPH:
				return getParagraph();
			case ZerenPackage.LEGAL_REFERENCE__ITEM:
				return getItem();
			case ZerenPackage.LEGAL_REFERENCE__NOTE:
				return getNote();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ZerenPackage.LEGAL_REFERENCE__BASIS:
				setBasis((LegalBasis)newValue);
				return;
			case ZerenPackage.LEGAL_REFERENCE__VERSION:
				setVersion((LegalBasisVersion)newValue);
				return;
			case ZerenPackage.LEGAL_REFERENCE__ARTICLE:
				setArticle((Integer)newValue);
				return;
			case ZerenPackage.LEGAL_REFERENCE__PARAGRAPH:
				setParagraph((Integer)newValue);
				return;
			case ZerenPackage.LEGAL_REFERENCE__ITEM:
				setItem((Integer)newValue);
				return;
			case ZerenPackage.LEGAL_REFERENCE__NOTE:
				setNote((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ZerenPackage.LEGAL_REFERENCE__BASIS:
				setBasis((LegalBasis)null);
				return;
			case ZerenPackage.LEGAL_REFERENCE__VERSION:
				setVersion((LegalBasisVersion)null);
				return;
			case ZerenPackage.LEGAL_REFERENCE__ARTICLE:
				setArticle(ARTICLE_EDEFAULT);
				return;
			case ZerenPackage.LEGAL_REFERENCE__PARAGRAPH:
				setParagraph(PARAGRAPH_EDEFAULT);
				return;
			case ZerenPackage.LEGAL_REFERENCE__ITEM:
				setItem(ITEM_EDEFAULT);
				return;
			case ZerenPackage.LEGAL_REFERENCE__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ZerenPackage.LEGAL_REFERENCE__BASIS:
				return basis != null;
			case ZerenPackage.LEGAL_REFERENCE__VERSION:
				return version != null;
			case ZerenPackage.LEGAL_REFERENCE__ARTICLE:
				return ARTICLE_EDEFAULT == null ? article != null : !ARTICLE_EDEFAULT.equals(article);
			case ZerenPackage.LEGAL_REFERENCE__PARAGRAPH:
				return PARAGRAPH_EDEFAULT == null ? paragraph != null : !PARAGRAPH_EDEFAULT.equals(paragraph);
			case ZerenPackage.LEGAL_REFERENCE__ITEM:
				return ITEM_EDEFAULT == null ? item != null : !ITEM_EDEFAULT.equals(item);
			case ZerenPackage.LEGAL_REFERENCE__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (article: ");
		result.append(article);
		result.append(", paragraph: ");
		result.append(paragraph);
		result.append(", item: ");
		result.append(item);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //LegalReferenceImpl
