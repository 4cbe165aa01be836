/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.zeren.model.LegalBasis;
import org.zeren.model.LegalReference;
import org.zeren.model.ZerenPackage;

/**
 * This is the item provider adapter for a {@link org.zeren.model.LegalReference} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class LegalReferenceItemProvider extends ModelElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LegalReferenceItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addBasisPropertyDescriptor(object);
			addVersionPropertyDescriptor(object);
			addArticlePropertyDescriptor(object);
			addParagraphPropertyDescriptor(object);
			addItemPropertyDescriptor(object);
			addNotePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Basis feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBasisPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LegalReference_basis_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LegalReference_basis_feature", "_UI_LegalReference_type"),
				 ZerenPackage.Literals.LEGAL_REFERENCE__BASIS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LegalReference_version_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LegalReference_version_feature", "_UI_LegalReference_type"),
				 ZerenPackage.Literals.LEGAL_REFERENCE__VERSION,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Article feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addArticlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LegalReference_article_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LegalReference_article_feature", "_UI_LegalReference_type"),
				 ZerenPackage.Literals.LEGAL_REFERENCE__ARTICLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Paragraph feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addParagraphPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LegalReference_paragraph_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LegalReference_paragraph_feature", "_UI_LegalReference_type"),
				 ZerenPackage.Literals.LEGAL_REFERENCE__PARAGRAPH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Item feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addItemPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LegalReference_item_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LegalReference_item_feature", "_UI_LegalReference_type"),
				 ZerenPackage.Literals.LEGAL_REFERENCE__ITEM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Note feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNotePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LegalReference_note_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LegalReference_note_feature", "_UI_LegalReference_type"),
				 ZerenPackage.Literals.LEGAL_REFERENCE__NOTE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns LegalReference.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/LegalReference"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * The title of the cited basis followed by the article, paragraph and item cited, e.g.
	 * {@code 中华人民共和国安全生产法 第21条 第1款} in Chinese or
	 * {@code 中华人民共和国安全生产法 Art. 21 para. 1} in English.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		LegalReference legalReference = (LegalReference)object;
		StringBuilder label = new StringBuilder();
		LegalBasis basis = legalReference.getBasis();
		if (basis != null && basis.getTitle() != null) {
			label.append(basis.getTitle());
		}
		appendNumber(label, "_UI_LegalReference_article_label", legalReference.getArticle());
		appendNumber(label, "_UI_LegalReference_paragraph_label", legalReference.getParagraph());
		appendNumber(label, "_UI_LegalReference_item_label", legalReference.getItem());
		return label.length() == 0 ?
			getString("_UI_LegalReference_type") :
			getString("_UI_LegalReference_type") + " " + label.toString().strip();
	}

	/**
	 * Appends " " and the number formatted by the pattern under {@code key}, if the number is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 */
	private void appendNumber(StringBuilder label, String key, Integer number) {
		if (number != null) {
			label.append(' ').append(getString(key, new Object[] { String.valueOf(number) }));
		}
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(LegalReference.class)) {
			case ZerenPackage.LEGAL_REFERENCE__ARTICLE:
			case ZerenPackage.LEGAL_REFERENCE__PARAGRAPH:
			case ZerenPackage.LEGAL_REFERENCE__ITEM:
			case ZerenPackage.LEGAL_REFERENCE__NOTE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

}
